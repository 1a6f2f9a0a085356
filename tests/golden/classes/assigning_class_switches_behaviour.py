# Assigning __class__ switches an object's behaviour between classes of the same layout.
class Idle:
    def handle(self):
        print("idle: starting")
        self.__class__ = Running

    def __repr__(self):
        return f"<{type(self).__name__} {self.n}>"


class Running(Idle):
    def handle(self):
        self.n += 1
        print("running", self.n)
        if self.n == 3:
            self.__class__ = Idle


m = Idle()
m.n = 0
for _ in range(6):
    m.handle()
print(m, type(m) is Idle, isinstance(m, Running), m.__class__)


class Other:
    pass


o = Other()
o.__class__ = Idle
o.n = 9
print(o, type(o).__name__)
for bad in [5, int, Slotted := type("Slotted", (), {"__slots__": ("a",)})]:
    try:
        Other().__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del o.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)

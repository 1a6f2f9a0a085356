# Class attributes used as shared counters and defaults, read and written through the same sites.
class Counter:
    count = 0
    step = 1

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    def bump(self):
        self.count = self.count + self.step
        return self.count


cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
print([c.bump() for c in cs])
Counter.step = 5
print([c.bump() for c in cs], Counter.count)
cs[1].step = 100
print([c.bump() for c in cs])


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def total(objs):
    return sum(o.a + o.b for o in objs)


objs = [Slotted(i, i * 2) for i in range(5)]
print(total(objs))
try:
    objs[0].c = 1
except AttributeError as e:
    print("AttributeError:", e)


class Base:
    def speak(self):
        return "base"


class Child(Base):
    pass


def speak_all(objs):
    return [o.speak() for o in objs]


kids = [Child(), Child()]
print(speak_all(kids))
Child.speak = lambda self: "child"
print(speak_all(kids))
del Child.speak
Base.speak = lambda self: "new base"
print(speak_all(kids))

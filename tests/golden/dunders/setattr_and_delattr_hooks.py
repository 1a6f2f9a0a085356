class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("cannot set " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
f = Frozen(1)
print(f.x)
try:
    f.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.y = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(f, "z", 1)
except AttributeError as e:
    print(type(e).__name__, e)
class Tracking:
    def __init__(self):
        self.log = []
        self.a = 1
    def __setattr__(self, name, value):
        if name != "log":
            self.log.append(("set", name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        super().__delattr__(name)
t = Tracking()
t.b = 2
t.a += 10
del t.b
print(t.log)
print(t.a, hasattr(t, "b"))
class Upper:
    def __setattr__(self, name, value):
        self.__dict__[name.upper()] = value
u = Upper()
u.name = "v"
print(u.__dict__)

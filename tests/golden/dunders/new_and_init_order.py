class Tracer:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=0):
        print("__init__", a, b)
        self.a = a
t = Tracer(1, b=2) if False else Tracer(1, 2)
print(t.created, t.a)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
r = ReturnsOther()
print(type(r).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
p = Pt(1, 2)
print(p, p[0], type(p).__name__, len(p))
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        return super().__new__(cls)
o = OnlyNew(5)
print(type(o).__name__)

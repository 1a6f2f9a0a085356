def init(self, v):
    self.v = v
Base = type("Base", (), {"x": 1, "__init__": init, "show": lambda self: "v=" + str(self.v)})
b = Base(5)
print(b.show(), b.x, Base.__name__, type(b).__name__)
print(Base.__bases__ == (object,), Base.__module__)
Child = type("Child", (Base,), {"x": 2})
c = Child(7)
print(c.show(), c.x, isinstance(c, Base), [k.__name__ for k in Child.__mro__])
Empty = type("Empty", (), {})
print(repr(Empty().__class__.__name__), Empty.__qualname__)
print(type(3) is int, type("s") is str, type(type) is type)
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", "B")
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)

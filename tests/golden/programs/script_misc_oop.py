class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value

class Secret:
    def __init__(self):
        self.__hidden = 42
        self._protected = 1
    def reveal(self):
        return self.__hidden

class Dynamic:
    def __init__(self):
        self.data = {"a": 1}
    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: self.data.get(key, "?")
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")

class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")

class Plain:
    pass

class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

def register(cls):
    cls.registered = True
    REGISTRY.append(cls.__name__)
    return cls

REGISTRY = []

@register
class Plugin:
    pass

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

def main():
    s1 = Singleton(1)
    s2 = Singleton(2)
    print(s1 is s2, s1.value)
    sec = Secret()
    print(sec.reveal(), sec._Secret__hidden, sec._protected)
    try:
        sec.__hidden
    except AttributeError as e:
        print("AttributeError:", e)
    d = Dynamic()
    print(d.get_a(), d.get_b(), d.data)
    try:
        d.other
    except AttributeError as e:
        print(e)
    f = Frozen(3)
    print(f.x)
    try:
        f.x = 4
    except AttributeError as e:
        print(e)
    try:
        del f.x
    except AttributeError as e:
        print(e)
    p, q = Plain(), Plain()
    print(p == q, p == p, p != q, len({p, q, p}))
    try:
        {EqOnly(1)}
    except TypeError as e:
        print("TypeError:", e)
    print(EqOnly(1) == EqOnly(1), EqOnly.__hash__)
    print(Plugin.registered, REGISTRY)
    print(D().who(), [k.__name__ for k in D.__mro__])
    print(type(Plain), type(Plain()), Plain.__name__, repr(Plain.__doc__))
    print(isinstance(Plain, type), type(type))
    x = Plain()
    x.a = 1
    x.b = [1, 2]
    print(x.__dict__, getattr(x, "c", None))
    print(hasattr(Plain, "__init__"), Plain.__bases__)

if __name__ == "__main__":
    main()

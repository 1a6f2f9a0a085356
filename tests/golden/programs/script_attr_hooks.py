class Strict:
    _fields = {"name": str, "age": int}
    def __setattr__(self, key, value):
        if key not in self._fields:
            raise AttributeError(f"unknown field {key!r}")
        expected = self._fields[key]
        if not isinstance(value, expected):
            raise TypeError(f"{key} must be {expected.__name__}")
        super().__setattr__(key, value)
    def __init__(self, name, age):
        self.name = name
        self.age = age

class Tracked:
    def __init__(self):
        super().__setattr__("changes", [])
    def __setattr__(self, k, v):
        self.changes.append(k)
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        self.changes.append("-" + k)
        super().__delattr__(k)

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print(f"  get {name}")
        return super().__getattribute__(name)
    def method(self):
        return self.x + 1

class Proxy:
    def __init__(self, target):
        self._target = target
        self._calls = []
    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapped(*a, **kw):
                self._calls.append(name)
                return attr(*a, **kw)
            return wrapped
        return attr

class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v

def main():
    s = Strict("ann", 30)
    print(s.name, s.age, vars(s))
    for k, v in [("age", "old"), ("email", "x@y"), ("name", "bob")]:
        try:
            setattr(s, k, v)
            print("set", k)
        except (AttributeError, TypeError) as e:
            print(type(e).__name__, e)
    print(s.name)
    t = Tracked()
    t.a = 1
    t.b = 2
    t.a = 3
    del t.b
    print(t.changes, t.a, hasattr(t, "b"))
    lg = Logged()
    print(lg.method())
    p = Proxy([3, 1, 2])
    p.append(0)
    p.sort()
    print(p._target, p._calls, p.count(1))
    try:
        p.nothing
    except AttributeError as e:
        print("AttributeError:", e)
    ad = AttrDict(a=1)
    ad.b = 2
    print(ad, ad.a, ad.b)
    try:
        ad.c
    except AttributeError as e:
        print("AttributeError:", repr(e))

if __name__ == "__main__":
    main()

class Proxy:
    real = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("no " + name)
p = Proxy()
print(p.inst)
print(p.real)
print(p.dyn_hello)
try:
    p.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(p, "dyn_x"), getattr(p, "bad", "dflt"))
print(hasattr(p, "dyn_y"), hasattr(p, "zz"))
class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print(Prop().broken)
class Delegate:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
d = Delegate([3, 1, 2])
d.sort()
print(d._target, d.count(1))
try:
    d.nope
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    z = 0
    def __init__(self):
        self.inst = 1
        self._private = 2
    def method(self):
        pass
    @property
    def prop(self):
        return 1

t = Thing()
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(dir(t) == sorted(dir(t)))
print("__init__" in dir(t), "__class__" in dir(t), "__dict__" in dir(t))
t.zzz = 1
t.aaa = 2
print([n for n in dir(t) if not n.startswith("_")])
class Custom:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(Custom()))

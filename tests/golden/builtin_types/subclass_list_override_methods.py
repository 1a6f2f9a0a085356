class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for x in items:
            self.append(x)
    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError("expected " + self.kind.__name__ + ", got " + type(x).__name__)
        super().append(x)
    def __repr__(self):
        return "TypedList(" + self.kind.__name__ + ", " + super().__repr__() + ")"
t = TypedList(int, [1, 2])
t.append(3)
print(t)
try:
    t.append("x")
except TypeError as e:
    print(type(e).__name__, e)
t.extend(["bypass"])
print(t, len(t))
class Logging(list):
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
lg = Logging([1, 2, 3])
lg[0] = 10
print(lg[0])
print(list(lg))
for x in lg:
    pass
print("iteration does not call __getitem__")
class Len(list):
    def __len__(self):
        return 99
print(len(Len([1])), bool(Len()), list(Len([1, 2])))

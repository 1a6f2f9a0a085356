class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len", self.n)
        return self.n
print(bool(L(0)), bool(L(3)))
print(L(0) or "fallback", L(2) and "second")
print(any([L(0), L(1)]), all([L(1), L(0)]))
print([x.n for x in filter(None, [L(0), L(2), L(0), L(5)])])
class NoBool:
    pass
print(bool(NoBool()), not NoBool())
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)

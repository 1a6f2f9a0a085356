class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "C-class-repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), c.__len__(), repr(c), c.__repr__())
class D:
    pass
d = D()
d.__add__ = lambda other: "added"
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
print(d.__add__(1))
d.__call__ = lambda: "called"
try:
    d()
except TypeError as e:
    print(type(e).__name__, e)
d.__enter__ = lambda: None
d.__exit__ = lambda *a: None
try:
    with d:
        pass
except TypeError as e:
    print(type(e).__name__, e)
D.__add__ = lambda self, other: "class added"
print(d + 1)
d.__iter__ = lambda: iter([1])
try:
    list(d)
except TypeError as e:
    print(type(e).__name__, e)

class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return "A.add"

class B(A):
    pass

print(A(1) + A(2), B(1) + 1)
A.__add__ = lambda self, o: "patched"
print(A(1) + A(2), B(1) + 1)
B.__add__ = lambda self, o: "B own"
print(A(1) + 1, B(1) + 1)
del B.__add__
print(B(1) + 1)
del A.__add__
try:
    B(1) + 1
except TypeError as e:
    print(e)
A.__radd__ = lambda self, o: "radd"
print(1 + B(2))
A.__lt__ = lambda self, o: self.v < o.v
print(B(1) < B(2), sorted([B(3), B(1)], key=lambda b: b).__len__())

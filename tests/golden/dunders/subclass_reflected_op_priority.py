class A:
    def __add__(self, o):
        return "A.add"
    def __radd__(self, o):
        return "A.radd"
class B(A):
    def __radd__(self, o):
        return "B.radd"
class C(A):
    pass
print(A() + A())
print(A() + B())
print(B() + A())
print(A() + C())
print(1 + A())
class D:
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return "D.rmul"
try:
    print(D() * D())
except TypeError as e:
    print(type(e).__name__, e)
print(3 * D())
print([1] * 2)
class E:
    def __eq__(self, o):
        return "E.eq"
class F(E):
    def __eq__(self, o):
        return "F.eq"
print(E() == F(), F() == E(), E() == E())

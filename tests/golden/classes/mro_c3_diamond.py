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

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D().who())
print(type(D.__mro__).__name__, type(D.mro()).__name__)
print(object.__mro__ == (object,))

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print([k.__name__ for k in W.__mro__])

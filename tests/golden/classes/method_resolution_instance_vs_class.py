class A:
    def f(self):
        return "A.f"
a = A()
a.f = lambda: "instance f"
print(a.f(), A.f(a))
del a.f
print(a.f())
A.f = lambda self: "patched"
print(a.f())
class B(A):
    pass
print(B().f())
B.f = lambda self: "B own"
print(B().f(), A().f())
del B.f
print(B().f())
try:
    del B.f
except AttributeError as e:
    print(type(e).__name__, e)

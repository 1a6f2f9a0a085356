class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c on " + cls.__name__
class B(A):
    def f(self):
        return "B.f"
    @classmethod
    def c(cls):
        return "B.c"
class C(B):
    def f(self):
        return "C.f"
    def calls(self):
        return [super().f(), super(C, self).f(), super(B, self).f()]

c = C()
print(c.calls())
print(super(C, c).f())
print(super(B, c).f())
print(super(C, C).c())
print(super(B, C).c())
try:
    super(A, c).f()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
s = super(C, c)
print(repr(s).startswith("<super: <class 'C'>, <C object>>"))
print(repr(s))

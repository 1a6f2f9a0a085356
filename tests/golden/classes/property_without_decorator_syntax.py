class P:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    def delx(self):
        self._x = None
    x = property(getx, setx, delx, "x doc")
    ro = property(lambda self: "read only")

p = P()
p.x = 4
print(p.x)
del p.x
print(p.x)
print(P.x.__doc__)
print(p.ro)
try:
    p.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.ro
except AttributeError as e:
    print(type(e).__name__, e)
print(P.x.fget(p), P.x.fget.__name__)
class Sub(P):
    @P.x.getter
    def x(self):
        return ("sub", self._x)
s = Sub()
s.x = 2
print(s.x)

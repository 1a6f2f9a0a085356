class C:
    def __init__(self, v):
        self.v = v

def bump(c, other):
    c.v += 1
    c.v *= 3
    c.v -= (c := other).v
    return c

a, b = C(1), C(10)
r = bump(a, b)
print(a.v, b.v, r is b)

def unbound():
    if False:
        c = C(0)
    c.v += 1

try:
    unbound()
except UnboundLocalError as e:
    print(e)

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        print("get")
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v

def prop(p):
    p.x += 5
    p.x += ":=" and 1
    return p.x

print(prop(P()))
def missing(c):
    try:
        c.nope += 1
    except AttributeError as e:
        print(e)
missing(a)
def lst(c):
    c.v = []
    c.v += [1]
    c.v += (2,)
    return c.v
print(lst(C(0)))

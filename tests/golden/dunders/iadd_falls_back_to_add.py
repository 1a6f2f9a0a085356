class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        print("__add__")
        return V(self.x + o.x)
    def __repr__(self):
        return "V(%d)" % self.x
class M:
    def __init__(self, x):
        self.x = x
    def __iadd__(self, o):
        print("__iadd__")
        self.x += o.x
        return self
    def __add__(self, o):
        print("__add__")
        return M(self.x + o.x)
    def __repr__(self):
        return "M(%d)" % self.x
a = V(1)
orig = a
a += V(2)
print(a, a is orig)
b = M(1)
orig = b
b += M(2)
print(b, b is orig)
c = b + M(10)
print(c, c is b)
class Bad:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
d = Bad()
d += 1
print(d)
class Nothing:
    def __iadd__(self, o):
        return None
n = Nothing()
n += 1
print(n)
class NoOps:
    pass
x = NoOps()
try:
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x -= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x **= 2
except TypeError as e:
    print(type(e).__name__, e)

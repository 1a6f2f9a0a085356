class Box:
    def __init__(self):
        self.items = []
        self.n = 0
b = Box()
b.items += [1]
b.n += 5
print(b.items, b.n)
class Logged:
    def __init__(self):
        self.d = {"k": 1}
    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("setitem", k, v)
        self.d[k] = v
l = Logged()
l["k"] += 10
l["k"] *= 2
print(l.d)
t = ([1, 2],)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class Prop:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        print("get v")
        return self._v
    @v.setter
    def v(self, x):
        print("set v", x)
        self._v = x
p = Prop()
p.v += 1
p.v **= 3
print(p._v)

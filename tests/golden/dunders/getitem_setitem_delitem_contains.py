class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
    def __contains__(self, key):
        print("contains", key)
        return key in self.cells
g = Grid()
g[0, 1] = "a"
g["k"] = "b"
print(g[0, 1], g["k"])
print((0, 1) in g, (1, 1) in g, (1, 1) not in g)
del g["k"]
try:
    g["k"]
except KeyError as e:
    print(type(e).__name__, e)
g["n"] = 1
g["n"] += 5
print(g["n"])
class Sl:
    def __getitem__(self, k):
        return repr(k)
s = Sl()
print(s[1:2], s[::2], s[1:2, 3], s[...], s[:])
class RO:
    pass
try:
    RO()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del RO()[0]
except TypeError as e:
    print(type(e).__name__, e)
class OnlyGet:
    def __getitem__(self, k):
        return k
try:
    OnlyGet()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)

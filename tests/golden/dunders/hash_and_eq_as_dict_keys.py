class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        print("eq called")
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)
d = {Key(1, 2): "x"}
print(d[Key(1, 2)])
d[Key(1, 2)] = "y"
print(len(d), d)
print(Key(2, 1) in d)
s = {Key(0, 0), Key(0, 0)}
print(len(s))
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return "C%d" % self.v
cs = {Collide(1): 1, Collide(2): 2, Collide(1): 3}
print(cs)
print(sorted(hash(x) for x in cs))
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))

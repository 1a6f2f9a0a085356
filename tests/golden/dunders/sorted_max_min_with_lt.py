class Ver:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.s = s
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "Ver(" + self.s + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9"), Ver("1.2.1")]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
vs.sort()
print(vs)
class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __repr__(self):
        return self.name
ts = [Task(3, "c"), Task(1, "a"), Task(2, "b"), Task(1, "a2")]
print(sorted(ts, key=lambda t: t.pri))
print(max(ts, key=lambda t: t.pri), min(ts, key=lambda t: t.pri))
try:
    sorted(ts)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(ts)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "G%d" % self.v
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))

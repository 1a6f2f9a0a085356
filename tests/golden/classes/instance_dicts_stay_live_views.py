# An instance's __dict__ is its attributes, whatever way they were set, read or removed.
class Bag:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


a = Bag(x=1, y=2)
b = Bag(y=3, x=4)
print(vars(a), vars(b), a.x + b.x, a.y + b.y)
print(vars(a) is vars(a), a.__dict__ is vars(a))
d = a.__dict__
a.z = 5
d["w"] = 6
print(a.w, d, sorted(dir(a))[-4:])
del a.x
print(d, hasattr(a, "x"))
a.__dict__.update(x=10, q=11)
print(a.x, a.q, list(vars(a)))
d.clear()
print(vars(a), hasattr(a, "y"))


class Wide:
    pass


w = Wide()
for i in range(100):
    setattr(w, f"a{i}", i)
print(len(vars(w)), w.a0, w.a99, sum(getattr(w, f"a{i}") for i in range(100)))
del w.a50
print(len(w.__dict__), hasattr(w, "a50"), list(vars(w))[48:51])


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


ps = [P(i, -i) for i in range(3)]
ps[1].extra = "e"
del ps[2].x
ps[2].x = 99
print(ps, [vars(p) for p in ps])
print([p.x for p in ps], [p.y for p in ps])
vars(ps[0])["x"] = "changed"
print(ps[0], ps[0].x)
setattr(ps[0], "not an identifier", 1)
print(getattr(ps[0], "not an identifier"), list(vars(ps[0])))
print(P(1, 2).__dict__ == {"x": 1, "y": 2}, P(1, 2).__dict__ == P(2, 1).__dict__)


class Counted(dict):
    sets = 0
    def __setitem__(self, k, v):
        Counted.sets += 1
        super().__setitem__(k, v)
c = Counted({"a": 1}, b=2)
print(c, Counted.sets)
c["c"] = 3
print(Counted.sets)
c.update(d=4)
c.setdefault("e", 5)
print(Counted.sets, c)
print(list(c.keys()), list(c.values()), list(c.items())[:2])
print(c.pop("a"), c.popitem(), len(c))
print(c | {"z": 0}, type(c | {"z": 0}).__name__)
print(sorted(c), "b" in c, c.get("b"), c.copy(), type(c.copy()).__name__)

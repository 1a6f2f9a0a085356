from collections.abc import MutableMapping
class Lower(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k.lower()]
    def __setitem__(self, k, v):
        self.d[k.lower()] = v
    def __delitem__(self, k):
        del self.d[k.lower()]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = Lower()
m["A"] = 1
m.update(B=2)
m.setdefault("c", 3)
print(dict(m), m["a"], m.pop("B"), len(m))
match m:
    case {"a": v}:
        print("mapping", v)

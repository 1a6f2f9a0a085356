# Keys of different types meet in dicts and sets through equal hashes: user __hash__/__eq__ against str, tuple and int keys, stored key compared first, and CPython's number and tuple hashes.
class CIStr(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
d = {"hello": 1}
print(CIStr("Hello") in d, d.get(CIStr("Hello")), CIStr("Hello") in {"hello"})
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == getattr(o, "k", o)
print({"a": 1}.get(Key("a")), {Key("a"): 1}.get("a"))
print({(1, 2): 1}.get(Key((1, 2))), Key("a") in {"a"})
print({5: 1}.get(Key(5)))
class B:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        print(f"eq self={self.v} other={o.v}")
        return self.v == o.v
s = {B(1)}
s.add(B(2))
print(hash((1, 2)), hash((1, (2, 3), -1)), hash(()), hash((True, 2.0)) == hash((1, 2)))
print(hash(2**61), hash(-1), hash(1.5), {(1, 2): "a"}[(1.0, 2)])

class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
d = AttrDict(x=1)
d.y = 2
print(d.x, d.y, d)
try:
    d.z
except AttributeError as e:
    print(type(e).__name__, e)
print(d.keys(), list(d.items()))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lo = Lower()
lo["ABC"] = 1
print(lo, lo["aBc"])
lo2 = Lower(MIXED=1)
print(lo2)
lo.update({"UPD": 2})
print(lo)
print(dict(lo) == lo, type(dict(lo)).__name__)

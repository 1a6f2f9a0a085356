from collections import Counter
from collections.abc import Mapping
class Tally(Mapping):
    def __init__(self, **kw):
        self.kw = kw
    def __getitem__(self, k):
        return self.kw[k]
    def __len__(self):
        return len(self.kw)
    def __iter__(self):
        return iter(self.kw)
c = Counter("aab")
c.update(Tally(a=10, z=2))
print(c)
c.subtract(Tally(z=5))
print(c)

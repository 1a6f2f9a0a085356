from collections.abc import Mapping
class Squares(Mapping):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, k):
        if not 0 <= k < self.n:
            raise KeyError(k)
        return k * k
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter(range(self.n))
s = Squares(4)
print(list(s.keys()), list(s.values()), list(s.items()))
print(3 in s, 9 in s, s.get(9, "none"), s == {0: 0, 1: 1, 2: 4, 3: 9})
print(type(s.keys()).__name__, len(s.keys()))

class Numbers(list):
    def __init__(self, *args):
        super().__init__(args)
        self.created_with = len(args)
    def mean(self):
        return sum(self) / len(self)
n = Numbers(3, 1, 2)
print(n, n.created_with, n.mean(), type(n).__name__)
n.append(10)
print(n, len(n), n.mean())
class Squares(list):
    def __init__(self, iterable):
        super().__init__(x * x for x in iterable)
print(Squares(range(5)), Squares([]))
class Unique(list):
    def append(self, x):
        if x not in self:
            super().append(x)
u = Unique()
for x in [1, 2, 1, 3, 2]:
    u.append(x)
print(u, u.count(1))
print(list.__repr__(u), type(list(u)).__name__)

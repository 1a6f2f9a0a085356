from functools import cached_property
class Data:
    def __init__(self, values):
        self.values = values
    @cached_property
    def total(self):
        print("computing")
        return sum(self.values)
d = Data([1, 2, 3])
print(d.total, d.total)
d.total = 100
print(d.total)
del d.total
print(d.total)
print(type(Data.total).__name__)

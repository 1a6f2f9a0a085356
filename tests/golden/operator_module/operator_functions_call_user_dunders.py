import operator
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        return V(self.x + other.x)
    def __lt__(self, other):
        return self.x < other.x
    def __neg__(self):
        return V(-self.x)
    def __getitem__(self, i):
        return self.x * i
    def __contains__(self, item):
        return item == self.x
    def __repr__(self):
        return f"V({self.x})"
print(operator.add(V(1), V(2)), operator.lt(V(1), V(2)), operator.gt(V(1), V(2)))
print(operator.neg(V(3)), operator.getitem(V(3), 4), operator.contains(V(5), 5))
print(operator.itemgetter(2)(V(7)), sorted([V(3), V(1)], key=operator.attrgetter("x")))

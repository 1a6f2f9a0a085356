import copy
class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y
        self.history = []
    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.history})"
p = Point(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
p.history.append("moved")
print(q, r, q.history is p.history, r.history is p.history, type(r).__name__)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, "b"))

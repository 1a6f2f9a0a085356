from typing import NamedTuple
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.x, p[1], p.norm(), Point(1), p._asdict(), p._replace(y=9), Point._fields)
print(isinstance(p, tuple), p == (3, 4), Point._make([5, 6]), Point(y=2, x=1), len(p), sorted([Point(2, 1), Point(1, 5)]))
a, b = p
print(a, b)
try:
    Point()
except TypeError as e:
    print(e)

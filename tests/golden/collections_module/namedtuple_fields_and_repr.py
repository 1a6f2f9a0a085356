from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], len(p))
print(Point._fields, Point.__name__, Point.__doc__)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple))
print(Point)

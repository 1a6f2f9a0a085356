# __slots__ entries are member descriptors on the class; instances hold only those attributes.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = Point(1)
print(Point.x, type(Point.x).__name__, Point.__slots__)
print(p.x, hasattr(p, "y"))
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
print(p.x + p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)


class Point3(Point):
    __slots__ = ("z",)


q = Point3(5)
q.z = 6
print(q.x, q.z, Point3.z, Point3.x)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(7)
r.w = 8
print(r.x, r.w, vars(r))
total = 0
for i in range(1000):
    pt = Point(i)
    pt.y = -i
    total += pt.x + pt.y + 1
print(total)

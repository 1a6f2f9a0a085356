import math


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%g, %g)" % (self.x, self.y)

    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x - other.x, self.y - other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __format__(self, spec):
        return "<" + format(self.x, spec) + ", " + format(self.y, spec) + ">"

    def normalized(self):
        length = abs(self)
        if length == 0:
            raise ZeroDivisionError("cannot normalize zero vector")
        return self / length

    def angle(self):
        return math.degrees(math.atan2(self.y, self.x))


a = Vector(3, 4)
b = Vector(1, -2)
print(a, b, repr(a))
print(a + b, a - b, -a)
print(a * 2, 2 * a, a * b)
print(abs(a), abs(Vector()))
print(a / 2)
print(bool(a), bool(Vector()), bool(Vector(0, 1)))
print(a == Vector(3, 4), a != b, a == (3, 4))
print(len({a, Vector(3, 4), b}))
x, y = a
print(x, y, a[0], a[-1], list(a), tuple(b))
print(f"{a:.2f}", f"{b:+d}", format(a, "05.1f"))
print(a.normalized(), round(a.angle(), 3))
try:
    Vector().normalized()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
total = Vector()
for v in [Vector(1, 1), Vector(2, 3), Vector(-1, 0)]:
    total += v
print(total)
print(sum([Vector(1, 2), Vector(3, 4)], Vector()))
print(sorted([Vector(3, 4), Vector(1, 0), Vector(0, 2)], key=abs))

import math

class Vector:
    """A 2D vector."""
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vector):
            return Vector(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vector(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vector(self.x % k, self.y % k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.sqrt(self.x ** 2 + self.y ** 2)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __round__(self, n=None):
        return Vector(round(self.x, n), round(self.y, n))
    def normalized(self):
        m = abs(self)
        if m == 0:
            raise ZeroDivisionError("cannot normalize zero vector")
        return self / m
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"

def main():
    a, b = Vector(3, 4), Vector(1, -2)
    print(a + b, a - b, a * 2, 3 * a, a * b, -a, +a)
    print(repr(a / 2), a // 2, Vector(7, -7) % 3)
    print(abs(a), bool(Vector()), bool(a), len(a))
    x, y = a
    print(x, y, a[0], a[-1], list(a), tuple(b))
    print(round(Vector(1.2345, 2.3456), 2), round(Vector(1.5, 2.5)))
    print(f"{a.normalized():.3f}", format(b, "+d"))
    c = a
    c += b
    print(a, c is a)
    print({Vector(1, 2), Vector(1, 2), Vector(2, 1)} == {Vector(2, 1), Vector(1, 2)})
    print(Vector.__doc__, Vector.__name__, Vector.__module__)
    try:
        a + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        a * "s"
    except TypeError as e:
        print("TypeError:", e)
    try:
        Vector().normalized()
    except ZeroDivisionError as e:
        print(e)
    pts = [Vector(i, i * i % 7) for i in range(6)]
    print(sorted(pts, key=abs))
    print(max(pts, key=lambda v: (v.y, v.x)))
    print(sum(pts, Vector()))
    print(Vector(1, 2) == (1, 2), Vector(1, 2) != Vector(1, 3))
    print(type(a), type(a).__name__)

if __name__ == "__main__":
    main()

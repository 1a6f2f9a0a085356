class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        "The radius."
        print("get radius")
        return self._r

    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value

    @radius.deleter
    def radius(self):
        print("delete radius")
        del self._r

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 2)

c = Circle(2)
print(c.radius)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.area
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
try:
    c.radius
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Circle.radius).__name__, Circle.radius.__doc__)
print(Circle.area.fset is None, Circle.radius.fset is not None)

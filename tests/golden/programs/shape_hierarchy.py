import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(type(self).__name__ + " must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return "%s with area %.2f and perimeter %.2f" % (self.name, self.area(), self.perimeter())

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return type(self).__name__ + "(" + self.name + ")"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h, name="rectangle"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError("invalid triangle sides: %s, %s, %s" % (a, b, c))
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    def __init__(self):
        super().__init__("blob")


shapes = [Circle(1), Rectangle(2, 3), Square(2), Triangle(3, 4, 5)]
for s in shapes:
    print(s.describe())
print(sorted(shapes))
print(max(shapes), min(shapes))
print("total area: %.3f" % sum(s.area() for s in shapes))
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
print(issubclass(Square, Shape), Square.__mro__[1].__name__)
try:
    Blob().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print(type(e).__name__, repr(e), str(e) == "")
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print(type(e).__name__, e)
print("shapes created:", Shape.count)

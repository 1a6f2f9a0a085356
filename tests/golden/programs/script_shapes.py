import math

class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError("subclass must implement area")
    def perimeter(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with area {self.area():.3f} and perimeter {self.perimeter():.3f}"
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"<{self.__class__.__name__} area={self.area():.2f}>"

class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    name = "square"
    def __init__(self, side):
        super().__init__(side, side)

class Triangle(Shape):
    name = "triangle"
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle sides {a}, {b}, {c}")
        self.a, self.b, self.c = a, b, c
    def perimeter(self):
        return self.a + self.b + self.c
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

def main():
    shapes = [Circle(1), Rect(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5)]
    for s in shapes:
        print(s.describe())
    print(sorted(shapes))
    print(max(shapes), min(shapes))
    print(sorted(shapes, key=lambda s: s.perimeter(), reverse=True))
    try:
        Triangle(1, 2, 10)
    except ValueError as e:
        print("bad:", e)
    try:
        Shape().area()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    try:
        Shape().perimeter()
    except NotImplementedError as e:
        print("NIE repr:", repr(e))
    total = sum(s.area() for s in shapes)
    print(f"total area: {total:.4f}")
    print(round(total, 2), round(Circle(2).area()))
    by_type = {}
    for s in shapes:
        by_type.setdefault(type(s).__name__, []).append(s)
    for k, v in by_type.items():
        print(k, len(v))
    print(isinstance(Square(1), Rect), Square.__bases__, Square.__name__)
    print(Circle(1) < Square(2), Square(2) > Circle(1))

if __name__ == "__main__":
    main()

"""Shapes as classes with __match_args__, measured and compared with match."""
import math


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


class Rect:
    __match_args__ = ("corner", "width", "height")

    def __init__(self, corner, width, height):
        self.corner, self.width, self.height = corner, width, height


class Polygon:
    __match_args__ = ("points",)

    def __init__(self, *points):
        self.points = list(points)


def area(shape):
    match shape:
        case Circle(_, r):
            return math.pi * r * r
        case Rect(_, w, h):
            return w * h
        case Polygon([_, _, _, *_] as pts):
            total = 0
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                total += x1 * y2 - x2 * y1
            return abs(total) / 2
        case Polygon(_):
            raise ValueError("a polygon needs three points")


def describe(shape):
    match shape:
        case Circle(Point(0, 0), r):
            return f"circle of radius {r} at the origin"
        case Circle(Point(x, y), r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Circle(Point(x=x, y=y), radius=r):
            return f"circle of radius {r} at {x},{y}"
        case Rect(Point(x, y), w, h) if w == h:
            return f"square of side {w} at {x},{y}"
        case Rect(corner=Point(x=x), width=w):
            return f"rectangle {w} wide from x={x}"
        case Polygon([(0, 0), *_]):
            return f"polygon of {len(shape.points)} points from the origin"
        case Polygon(points):
            return f"polygon of {len(points)} points"


shapes = [
    Circle(Point(0, 0), 1),
    Circle(Point(2, 3), 0),
    Circle(Point(2, 3), 2.5),
    Rect(Point(1, 1), 4, 4),
    Rect(Point(-1, 0), 3, 2),
    Polygon((0, 0), (4, 0), (4, 3)),
    Polygon((1, 1), (3, 1), (3, 3), (1, 3)),
    Polygon((0, 0), (1, 1)),
]
for s in shapes:
    try:
        a = f"{area(s):.3f}"
    except ValueError as e:
        a = f"error: {e}"
    print(f"{describe(s)}: area {a}")

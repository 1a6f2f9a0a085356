from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p != Point(1, 3), p.tags is Point(1).tags, Point.y)
print(Point.__eq__(p, 3), Point.__hash__, Point.__match_args__)

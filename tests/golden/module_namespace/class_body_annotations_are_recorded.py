# A class body records its variable annotations in the class's __annotations__.
class Point:
    x: int = 0
    y: int
    if True:
        label: "text" = "p"
    def norm(self) -> float:
        local: never_evaluated = 1
        return 0.0
print(Point.__annotations__)
print(Point.x, hasattr(Point, "y"), Point.norm.__annotations__)

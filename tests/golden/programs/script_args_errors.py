class Point:
    def __init__(self, x, y, *, label="p"):
        self.x, self.y, self.label = x, y, label
    def move(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy, label=self.label)
    def __repr__(self):
        return f"Point({self.x}, {self.y}, label={self.label!r})"

def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

def main():
    tests = [
        lambda: Point(1),
        lambda: Point(1, 2, 3),
        lambda: Point(1, 2, lbl="x"),
        lambda: Point(1, 2).move(),
        lambda: Point(1, 2).move(1, 2, 3),
        lambda: f(1),
        lambda: f(1, c=3, a=2),
        lambda: len(Point(1, 2)),
        lambda: Point(1, 2) + Point(1, 2),
        lambda: Point(1, 2) < Point(1, 2),
        lambda: Point(1, 2)[0],
        lambda: Point(1, 2)(),
        lambda: iter(Point(1, 2)),
        lambda: int("abc"),
        lambda: "a" + 1,
        lambda: [1, 2, 3][10],
        lambda: {"a": 1}["b"],
        lambda: None.x,
        lambda: (1, 2).append(3),
        lambda: abs("x"),
        lambda: 5 / 0,
        lambda: 5 % 0,
        lambda: float("nope"),
        lambda: Point(1, 2).z,
        lambda: undefined_name,
        lambda: hash([1]),
        lambda: -"s",
        lambda: sorted([Point(1, 2), Point(0, 0)]),
        lambda: max([]),
        lambda: list(range(3)).remove(7),
        lambda: "abc".index("z"),
        lambda: 2 ** "x",
        lambda: int(None),
        lambda: [] < 3,
        lambda: dict(a=1).pop("z"),
        lambda: divmod(1, 0),
        lambda: "x" * 2.5,
    ]
    for i, t in enumerate(tests):
        try:
            r = t()
            print(i, "ok", r)
        except Exception as e:
            print(i, type(e).__name__, e)
    print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))
    print(Point(1, 2).move(3), Point(0, 0, label="o").move(dy=5, dx=1))

if __name__ == "__main__":
    main()

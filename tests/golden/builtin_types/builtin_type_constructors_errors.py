tests = [
    lambda: int("12"), lambda: int("0x1f", 16), lambda: int("z", 36), lambda: int(" 7 "),
    lambda: float("1e3"), lambda: float("inf"), lambda: str(12), lambda: bool([]),
    lambda: list("ab"), lambda: tuple([1]), lambda: dict([("a", 1)]), lambda: set(),
]
for t in tests:
    print(repr(t()))
bad = [lambda: int("1.5"), lambda: int([]), lambda: float("x"), lambda: dict([1]),
       lambda: list(5), lambda: int("5", 1), lambda: dict(1), lambda: tuple(None)]
for t in bad:
    try:
        t()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

from_input = ["12", "7", "", "x", "30"]

class Config:
    name: str = "app"
    retries: int = 3
    debug: bool
    def __init__(self, **overrides) -> None:
        for k, v in overrides.items():
            setattr(self, k, v)

total: int = 0
count: int
scores: list[int] = [88, 92, 79, 65, 95]

def parse(s: str) -> "int | None":
    return int(s) if s.isdigit() else None

def main() -> None:
    global total
    data = iter(from_input)
    while (line := next(data, None)) is not None:
        if (n := parse(line)) is None:
            print(f"skip {line!r}")
            continue
        total += n
    print(total)
    print([y for x in range(10) if (y := x * x) % 3 == 0])
    print(Config.__annotations__)
    c = Config(debug=True, retries=5)
    print(c.name, c.retries, c.debug)
    print(parse.__annotations__)
    x = 5
    name = "Ada"
    print(f"{x=}", f"{name=}", f"{x * 2 = }", f"{name!r:>8}", f"{x=:03d}")
    if (avg := sum(scores) / len(scores)) > 80:
        print(f"avg {avg:.1f} high")
    print(max(scores), [s for s in scores if s > avg])
    vals = [1, 5, 2, 8]
    if any((big := v) > 4 for v in vals):
        print("first big", big)
    print(__name__, __annotations__ if False else "ok")
    stack = [3, 2, 1]
    while stack and (top := stack.pop()) != 2:
        print("popped", top)
    print(stack, top)

if __name__ == "__main__":
    main()

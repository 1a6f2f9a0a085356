class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
try:
    with CM("x") as x, CM("y") as y:
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
with CM("outer"):
    with CM("inner"):
        print("nested body")
with (CM("p1") as p1,
      CM("p2") as p2):
    print("parenthesized", p1, p2)

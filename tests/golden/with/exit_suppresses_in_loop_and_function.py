class Ignore:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, ValueError)
def parse_all(items):
    out = []
    for s in items:
        with Ignore():
            out.append(int(s))
    return out
print(parse_all(["1", "x", "3", "4.5", "5"]))
def first_int(items):
    for s in items:
        with Ignore():
            return int(s)
    return "none"
print(first_int(["a", "b", "7", "8"]))
print(first_int(["a"]))

# Compute once in the filter, reuse in the element.
def parse(s):
    return int(s) if s.isdigit() else None
raw = ["1", "x", "22", "", "333"]
print([n for s in raw if (n := parse(s)) is not None])
print({s: size for s in raw if (size := len(s)) > 1})

# Positional, keyword, *iterable and **mapping arguments mixed in one call.
def show(a, b, c=3, *rest, d=4, **kw):
    print(a, b, c, rest, d, kw)
show(1, 2)
show(1, b=2)
show(*[1, 2, 3, 4, 5])
show(1, *(2,), c=9, **{"d": 7, "e": 8})
show(*"xy", *[10], 11, d=0, z=1)
show(**{"a": "A", "b": "B"})
args = (1, 2)
kwargs = {"d": "D"}
show(*args, *args, **kwargs, extra=True)

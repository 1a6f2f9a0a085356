from collections import namedtuple
P = namedtuple("P", "x y")
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 3})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)

import math
names = [n for n in dir(math) if not n.startswith('_') and callable(getattr(math, n))]
args = [(), (None,), ("s",), (2**1100,), (-2**1100,), (True,), (3, 4), (0, 0), (-1, 2), (1.5, 2), (2, 1.5), (5, None), (1, 2, 3), ([1, 2],), ((1, 2), (3, 4)), (range(5),), (-0.0,), (1e308, 10)]
for n in sorted(names):
    f = getattr(math, n)
    for a in args:
        try:
            r = f(*a)
            if isinstance(r, int) and r.bit_length() > 200:
                r = ("bigint", r.bit_length(), r % 1000003)
            out = repr(r)
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(n, a if not (a and isinstance(a[0], int) and abs(a[0]) > 10**100) else "big", out)

import math
for arg in [-1, 2.0, "3", 2**70]:
    try:
        print(math.factorial(arg))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for n, k in [(-1, 2), (5, -1), (2.0, 1)]:
    try:
        print(math.comb(n, k))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        print(math.perm(n, k))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

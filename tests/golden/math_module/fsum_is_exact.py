import math
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e100, 1, -1e100]))
print(math.fsum([]), math.fsum(range(10)), math.fsum(x / 3 for x in range(7)))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum([-math.inf, -1e308]))
for bad in ([math.inf, -math.inf], [1e308, 1e308]):
    try:
        math.fsum(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

import math
for x in [0.5, 1, 2.5, 5, 10.1, -0.5, -2.5, 30, 171.5, 1e-25]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(-3.5), math.lgamma(1e300), math.gamma(-200.5))
print([math.erf(x) for x in (0, 0.5, -1, 3, 10)])
print([math.erfc(x) for x in (0, 0.5, -1, 3, 30)])
for f, x in [(math.gamma, 0), (math.gamma, -3), (math.gamma, 200), (math.lgamma, -2), (math.gamma, -math.inf)]:
    try:
        f(x)
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)

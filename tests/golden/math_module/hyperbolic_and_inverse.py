import math
for x in [0.0, 0.5, -1.25, 3.0, 20.0]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1), math.acosh(2.5), math.atanh(0.5), math.atanh(-0.99))
for f, x in [(math.acosh, 0.5), (math.atanh, 1), (math.cosh, 1000.0), (math.asin, 2), (math.sin, math.inf)]:
    try:
        print(f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)

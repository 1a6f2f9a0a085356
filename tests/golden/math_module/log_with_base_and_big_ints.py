import math
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(math.e))
print(math.log(10**400), math.log2(2**1000), math.log10(10**500), math.log(2**2000, 2))
print(math.log2(8), math.log2(3), math.log10(0.001), math.log1p(1e-10), math.log1p(0))
print(math.expm1(1e-10), math.exp(1e-10) - 1, math.exp2(10), math.exp2(-1.5))
for f in (lambda: math.log(0), lambda: math.log(-1), lambda: math.log(5, 1), lambda: math.log(-(10**400)), lambda: math.log1p(-1), lambda: math.exp(1000)):
    try:
        f()
    except (ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)

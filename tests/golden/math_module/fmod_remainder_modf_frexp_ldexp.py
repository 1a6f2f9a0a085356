import math
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3, math.fmod(5.5, math.inf))
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7.5, 2))
print(math.modf(3.75), math.modf(-3.75), math.modf(math.inf), math.modf(-0.0))
print(math.frexp(8), math.frexp(0.1), math.frexp(0.0), math.frexp(-5e-324))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3, -1075), math.ldexp(1.0, -2000))
for f in (lambda: math.fmod(1, 0), lambda: math.remainder(1, 0), lambda: math.ldexp(1.0, 2000), lambda: math.ldexp(1.0, 2.0)):
    try:
        f()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(3.0, 3.0))
print(math.ulp(1.0), math.ulp(1e10), math.ulp(0.0), math.ulp(-5e-324), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print([math.cbrt(x) for x in (27, -8, 2, 0.001, 1e300)])
print([math.exp2(x) for x in (0, 1, 0.5, -3, 1023)])

import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1), math.isfinite(math.nan))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.fabs(-3), math.sqrt(2), math.atan2(1, -1), math.atan2(-0.0, -1))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
try:
    math.sqrt("4")
except TypeError as e:
    print(e)
try:
    math.sqrt()
except TypeError as e:
    print(e)

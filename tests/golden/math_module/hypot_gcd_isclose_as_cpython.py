import math
vals = [(3, 4), (1, 1), (0.1, 0.2), (1e200, 1e200), (2.5, 7.3), (-3, 0.7), (1, 2, 3), (0.3, 0.4)]
for v in vals:
    print(math.hypot(*v))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(), math.gcd(-4, 6), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1))
import random
random.seed(3)
bad = 0
for _ in range(2000):
    a, b = random.uniform(-100, 100), random.uniform(-100, 100)
    if repr(math.hypot(a, b)) != repr(math.sqrt(a*a + b*b)):
        bad += 1
print("differs from sqrt:", bad)

import math
import random
random.seed(5)
for f in [math.sin, math.cos, math.tan, math.atan, math.exp, math.degrees, math.radians]:
    print([f(random.uniform(-5, 5)) for _ in range(5)])
for f in [math.log, math.log2, math.log10, math.sqrt]:
    print([f(random.uniform(0.001, 1000)) for _ in range(5)])
print(math.log(8, 2), math.log(100, 10), math.atan2(1, -1), math.asin(0.5), math.acos(0.5), math.trunc(-3.7), math.copysign(3, -0.0))
try:
    math.log(0)
except ValueError as e:
    print(e)

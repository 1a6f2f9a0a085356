import math
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 5), math.isqrt(True))
try:
    math.isqrt(-4)
except ValueError as e:
    print(e)
print(math.gcd(12, 18, 27), math.gcd(), math.gcd(-8), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-3, 4), math.lcm(2**64, 3))
try:
    math.gcd(1.5, 3)
except TypeError as e:
    print(e)

import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 30)))
print(math.prod([1, 2], start=10), math.prod([[1], 2]) if False else math.prod([3], start=[0]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
try:
    math.dist((1,), (1, 2))
except ValueError as e:
    print(e)
print(math.hypot(3, 4, 12), math.hypot(), math.hypot(-7), math.hypot(1e308, 1e308))

from itertools import repeat
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -5)))
r = repeat(7, 2)
print(r, next(r), r)
print(list(map(pow, range(5), repeat(2))))

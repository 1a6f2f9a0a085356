from itertools import tee
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), next(b))
print(list(a), list(b))
x, y, z = tee("ab", 3)
print(list(x), list(y), list(z), tee("a", 0))

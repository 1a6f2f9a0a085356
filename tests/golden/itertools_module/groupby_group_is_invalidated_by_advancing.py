from itertools import groupby
groups = groupby([1, 1, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
saved = [(k, list(g)) for k, g in groupby(sorted("banana"))]
print(saved)

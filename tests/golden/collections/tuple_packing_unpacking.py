# Tuple packing, unpacking, starred targets, singletons and swapping.
t = 1, 2, 3
print(t, type(t).__name__, (1,), (), tuple([4, 5]))
a, b, c = t; print(a, b, c)
first, *rest = [1, 2, 3, 4]; print(first, rest)
*init, last = "abcd"; print(init, last)
x, *mid, y = (1, 2); print(x, mid, y)
a, b = b, a; print(a, b)
(p, q), r = (1, 2), 3; print(p, q, r)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n, o = [1, 2]
except ValueError as e:
    print("ValueError:", e)
print(t[1:], t + (4,), t * 2, t.count(2), t.index(3), len(t))

import bisect
a = []
for x in [5, 1, 4, 1, 9, 2]:
    bisect.insort(a, x)
print(a)
pairs = [(1, "a"), (3, "b")]
bisect.insort_left(pairs, (3, "a"))
bisect.insort_right(pairs, (1, "z"))
print(pairs)
b = [1, 2, 3]
bisect.insort(b, 2, 0, 1)
print(b)

# range objects: empty ranges, negative steps, len, indexing, membership, equality.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, -5, -1)))
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:4], 7 in r, 8 in r, r.index(11), r.count(15))
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), len(range(-5, 5, 2)))
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)

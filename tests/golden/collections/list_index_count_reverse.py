# index with start/stop, count with equal values of different types, reverse in place.
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.index(2, 2), a.index(1, 1), a.count(2), a.count(1), a.count("2"))
try:
    a.index(2, 6)
except ValueError as e:
    print("ValueError:", e)
a.reverse(); print(a)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])

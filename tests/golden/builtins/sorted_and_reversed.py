# sorted returns a new list from any iterable; reversed walks sequences backwards.
print(sorted((3, 1, 2)), sorted("bca"), sorted({"b": 1, "a": 2}), sorted({3, 1}), sorted(range(3), reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: t[1]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)

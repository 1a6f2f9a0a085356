# * and ** unpacking inside list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), [*"hi", *range(2)], {*a, *b})
print([*a], [*[], *[]], (*a,))
d1 = {"x": 1}
d2 = {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {**{}, "z": 0})
first, *_ = [*a, *b]
print(first, _)

import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
a[1].append(9)
print(b, b is a, b[1] is a[1])
d = {"x": [1]}
e = copy.copy(d)
e["y"] = 2
print(d, e, copy.copy({1, 2}), copy.copy((1, [2])) is not None)

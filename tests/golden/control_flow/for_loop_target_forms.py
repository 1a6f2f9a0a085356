# for targets: tuples, nested tuples, subscripts, and the variable after the loop.
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
d = {}
for d["key"] in ["x", "y"]:
    pass
print(d)
for i in range(3):
    pass
print("i after loop:", i)
for ch in "":
    pass
print("empty loop keeps ch undefined")
for first, *rest in ["abc", "de"]:
    print(first, rest)

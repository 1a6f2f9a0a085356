# del on list indexes, slices, dict keys and names.
a = list(range(10))
del a[0]; print(a)
del a[-1]; print(a)
del a[1:3]; print(a)
del a[::2]; print(a)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]; print(d)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
p, q = [1, 2], [3]
del p[0], q[0]
print(p, q)

# Slice assignment can grow, shrink, insert; extended slices need equal length.
a = list(range(10))
a[2:5] = ["x"]; print(a)
a[1:1] = [100, 200]; print(a)
a[-2:] = []; print(a)
a[::2] = [0] * len(a[::2]); print(a)
a[:] = "abc"; print(a)
b = [1, 2, 3, 4, 5, 6]
b[::-2] = ["p", "q", "r"]; print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = [1, 2, 3]
c[5:] = [9]; print(c)

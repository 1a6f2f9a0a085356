# Slices with computed bounds, None bounds, and nested subscripts.
a = list(range(10))
i, j = 2, 8
print(a[i:j], a[i + 1:j - 1:2], a[None:3], a[7:None], a[::None], a[-i:])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-1], m[0][1:], [row[::-1] for row in m])
d = {"k": [10, {"n": "deep"}]}
print(d["k"][1]["n"], d["k"][0], "abc"[1:][0])
t = (0, 1, 2, 3)
print(t[1:3], t[::-1], t[5:])

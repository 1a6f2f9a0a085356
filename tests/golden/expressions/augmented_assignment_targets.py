# Augmented assignment to subscripts and nested targets evaluates the target once.
def idx():
    print("idx called")
    return 0
a = [1, 2]
a[idx()] += 10
print(a)
d = {"n": 1}
d["n"] *= 5; d["new"] = d.get("new", 0) + 1
print(d)
m = [[1, 2], [3, 4]]
m[1][0] -= 100
print(m)
s = "ab"
s += "c" * 2
print(s)
t = (1,)
t += (2,)
print(t)

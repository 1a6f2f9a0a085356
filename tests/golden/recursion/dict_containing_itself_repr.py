d = {}
d["a"] = d
print(d)
d["b"] = [d]
print(d)
e = {"k": 1}
f = {"e": e}
e["f"] = f
print(e)
print(f)
l = [d]
print(l)

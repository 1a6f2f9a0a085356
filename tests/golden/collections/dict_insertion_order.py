# Dicts keep insertion order; overwriting keeps the position, delete+reinsert moves to end.
d = {}
for k in ["b", "a", "c"]:
    d[k] = len(d)
print(d)
d["a"] = 100; print(d)
del d["b"]; d["b"] = 5; print(d)
print(list(d), [k for k in d])
print({1: "a", True: "b", 1.0: "c"})
print({"x": 1, "x": 2})

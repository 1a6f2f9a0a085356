# get, setdefault, pop, popitem, update, copy, clear, keys/values/items.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20); d.update([("z", 30)]); print(d)
print(d.popitem(), d)
e = d.copy(); d.clear(); print(d, e)
print(list(e.keys()), list(e.values()), list(e.items()))
try:
    e.pop("missing")
except KeyError as err:
    print("KeyError:", err)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)

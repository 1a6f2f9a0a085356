from collections import OrderedDict
d = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(d.popitem())
print(d.popitem(last=False))
print(d)
d.popitem()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)

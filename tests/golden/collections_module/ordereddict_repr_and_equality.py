from collections import OrderedDict
a = OrderedDict(x=1, y=2)
b = OrderedDict(y=2, x=1)
print(a, OrderedDict())
print(a == b, dict(a) == dict(b), a == {"y": 2, "x": 1})
print(list(reversed(a)), a.copy(), type(a.copy()).__name__)
print(isinstance(a, dict))

from collections import ChainMap
a, b = {"x": 1}, {"y": 2}
cm = ChainMap(a, b)
cm["y"] = 20
cm["z"] = 3
print(a, b)
del cm["z"]
try:
    del cm["y"]
except KeyError as e:
    print("KeyError:", e)
print(cm.pop("x"), a, b)

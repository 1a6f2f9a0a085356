from collections import ChainMap
base = ChainMap({"a": 1})
child = base.new_child({"b": 2})
print(child, child.parents, child.maps)
print(ChainMap().new_child())
print(sorted(child.items()), list(child.keys()), list(child.values()))
try:
    ChainMap()["k"]
except KeyError as e:
    print("KeyError:", e)

from collections import defaultdict
d = defaultdict(list)
print(d.get("a"), d.setdefault("b", 1), d)
d["c"]
print(d, d.copy(), d.copy().default_factory)

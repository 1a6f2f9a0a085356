from collections import defaultdict
print(defaultdict())
print(defaultdict(None, {"a": 1}))
print(defaultdict(set, a={1}))
print(defaultdict(lambda: "?").default_factory() )
d = defaultdict(dict)
d["x"]["y"] = 1
print(d)
print(isinstance(d, dict), type(d).__name__)

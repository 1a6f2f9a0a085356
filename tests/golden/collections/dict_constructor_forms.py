# dict() from keywords, pairs, another dict, zip, and ** merging in displays.
print(dict(a=1, b=2))
print(dict([("a", 1), ("b", 2)]))
print(dict({"a": 1}, b=2))
print(dict(zip("abc", range(3))))
print(dict())
base = {"a": 1, "b": 2}
print({**base, "b": 3, "c": 4}, {"b": 0, **base})
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0))

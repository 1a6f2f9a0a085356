# repr/str of nested containers uses repr for elements.
data = {"name": "Ann", "tags": ["a", "b's"], "pos": (1, 2.5), "none": None, "flag": True, "empty": ()}
print(data)
print(repr(data) == str(data))
print([[], [[]], {}, {1: {2: {}}}, (1,), ((),)])
print(["tab\t", "quote'", 'dq"', "both'\""])
print(str("x"), repr("x"), [str("x")])

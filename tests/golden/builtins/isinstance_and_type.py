# type() prints as <class '...'>; isinstance handles tuples and bool being an int.
for v in [1, 1.0, "s", True, None, [], (), {}, set(), range(1)]:
    print(type(v), type(v).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance("x", (list, tuple)))
print(type(1) == int, type(True) is bool, type(type(1)))
print(int, str, list, len is len, type(len).__name__)

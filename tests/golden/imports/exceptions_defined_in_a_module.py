import errors_mod
from errors_mod import AppError, lookup

try:
    lookup({"a": 1}, "b")
except AppError as e:
    print(type(e).__name__, e, e.key, isinstance(e, errors_mod.NotFound))
print(lookup({"a": 1}, "a"))

# getattr (with and without a default) and hasattr on built-in values and modules.
import math
print(hasattr("x", "upper"), hasattr(1, "nope"), getattr([], "nope", 5), getattr(math, "pi"))
print(getattr("abc", "upper")())
try:
    getattr(1, "zz")
except AttributeError as e:
    print(e)
try:
    hasattr(1, 2)
except TypeError as e:
    print(e)

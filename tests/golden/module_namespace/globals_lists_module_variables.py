# globals() maps the module's bound names to their values.
import math
limit = 10
def helper():
    return globals()["limit"] * 2
names = sorted(k for k in globals() if not k.startswith("__"))
print(names)
print(globals()["limit"], helper(), "helper" in globals(), "missing" in globals())
print(globals()["__name__"], globals()["math"].__name__)
limit = 11
print(helper())

class P:
    @property
    def bad(self):
        raise ValueError("property exploded")
    @property
    def missing(self):
        raise AttributeError("really missing")
    @property
    def ok(self):
        return "fine"
p = P()
print(hasattr(p, "ok"), hasattr(p, "missing"))
try:
    hasattr(p, "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(p, "missing", "default used"))
try:
    getattr(p, "bad", "default")
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)

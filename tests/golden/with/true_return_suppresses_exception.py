class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return False
with Suppress(KeyError):
    print("before")
    {}["missing"]
    print("not reached")
print("after 1")
with Suppress(LookupError):
    [][3]
print("after 2")
try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("propagated", e)
class Truthy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return "non-empty string is true"
with Truthy():
    raise RuntimeError("gone")
print("after 3")
class Falsy:
    def __enter__(self):
        return None
    def __exit__(self, *a):
        return 0
try:
    with Falsy():
        raise RuntimeError("kept")
except RuntimeError as e:
    print("propagated", e)

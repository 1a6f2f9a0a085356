class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(self.name, "sees", et.__name__ if et else None)
        return self.suppress
with CM("outer"), CM("inner", suppress=True):
    raise KeyError("k")
print("after")
with CM("outer", suppress=True), CM("inner"):
    raise KeyError("k2")
print("after 2")

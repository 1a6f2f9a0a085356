class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et.__name__, type(ev).__name__, repr(ev), ev.args)
        return True
with CM():
    raise KeyError
with CM():
    raise KeyError("a", "b")
with CM():
    raise StopIteration(5)
with CM():
    assert False, "assert msg"
with CM():
    int("zz")

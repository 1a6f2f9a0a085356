class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return True
try:
    with Suppress():
        raise KeyError("suppressed")
    raise ValueError("after")
except ValueError as e:
    print(e, e.__context__)
try:
    try:
        raise KeyError("handled")
    except KeyError:
        with Suppress():
            raise IndexError("inner suppressed")
        raise ValueError("in handler")
except ValueError as e:
    print(e, "context:", type(e.__context__).__name__, e.__context__)

class Inner:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("inner exit sees", et.__name__ if et else None)
        raise RuntimeError("inner exit blew up")
class Outer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("outer exit sees", et.__name__, ev, "| context:", type(ev.__context__).__name__ if ev.__context__ else None)
        return True
with Outer():
    with Inner():
        raise KeyError("body error")
print("outer suppressed everything")
with Outer():
    with Inner():
        pass
print("done")

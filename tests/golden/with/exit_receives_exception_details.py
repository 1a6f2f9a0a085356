class Watch:
    def __exit__(self, et, ev, tb):
        if et is None:
            print("exit clean")
        else:
            print("exit with", et.__name__, str(ev), isinstance(ev, et), tb is not None)
        return False
    def __enter__(self):
        return self
try:
    with Watch():
        raise ValueError("bad value")
except ValueError as e:
    print("caught outside:", e)
try:
    with Watch():
        {}["key"]
except KeyError as e:
    print("caught outside:", repr(e))
try:
    with Watch():
        1 / 0
except ZeroDivisionError as e:
    print("caught outside:", e)
with Watch():
    pass

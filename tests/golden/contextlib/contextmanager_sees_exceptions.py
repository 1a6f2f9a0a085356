from contextlib import contextmanager
@contextmanager
def guard(label):
    try:
        yield
    except ValueError as e:
        print(label, "handled", e)
    finally:
        print(label, "cleanup")
with guard("a"):
    raise ValueError("bad")
print("after a")
try:
    with guard("b"):
        raise KeyError("k")
except KeyError as e:
    print("escaped", repr(e))
@contextmanager
def reraise():
    try:
        yield
    except ZeroDivisionError:
        raise RuntimeError("wrapped")
try:
    with reraise():
        1 / 0
except RuntimeError as e:
    print(e, type(e.__context__).__name__)

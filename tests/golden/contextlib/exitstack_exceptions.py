from contextlib import ExitStack
def suppressor(*exc):
    print("suppressor sees", exc[0].__name__ if exc[0] else None)
    return True
def raiser(*exc):
    raise KeyError("from exit")
with ExitStack() as stack:
    stack.push(suppressor)
    raise ValueError("body")
print("suppressed")
try:
    with ExitStack() as stack:
        stack.push(raiser)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

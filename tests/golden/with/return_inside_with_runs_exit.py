class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et)
def f():
    with CM():
        print("returning")
        return "value"
    print("unreachable")
print(f())
def g(xs):
    for x in xs:
        with CM():
            if x == 2:
                return x * 100
    return None
print(g([1, 2, 3]))
def h():
    with CM() as c:
        return c.__class__.__name__
print(h())
class Swallow:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return True
def k():
    with Swallow():
        raise ValueError
    return "fell through after suppression"
print(k())

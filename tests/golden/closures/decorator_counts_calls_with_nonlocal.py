# A decorator keeps a per-function call counter in a closure cell.
counters = {}
def counted(f):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call #{calls} of {f.__name__}{args}")
        return f(*args, **kwargs)
    def count():
        return calls
    counters[f.__name__] = count
    return wrapper
@counted
def add(a, b):
    return a + b
@counted
def neg(a):
    return -a
print(add(1, 2), add(3, 4), neg(5))
print(counters["add"](), counters["neg"]())

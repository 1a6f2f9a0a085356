from contextlib import contextmanager
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def logged():
    print("start")
    yield
    print("end")
@logged()
def work(x):
    print("working", x)
    return x * 2
print(work(3), work(4), work.__name__)

# finally runs then the exception continues; an exception in finally replaces it.
def f():
    try:
        raise ValueError("from try")
    finally:
        print("cleanup")
try:
    f()
except ValueError as e:
    print("got", e)
def g():
    try:
        raise ValueError("hidden")
    finally:
        raise TypeError("from finally")
try:
    g()
except TypeError as e:
    print("got", e, "context", repr(e.__context__))

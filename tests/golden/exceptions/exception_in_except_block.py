# An exception raised inside a handler replaces the original; finally still runs.
def f():
    try:
        raise ValueError("first")
    except ValueError:
        print("handling first")
        raise KeyError("second")
    finally:
        print("finally runs")
try:
    f()
except KeyError as e:
    print("outer caught", repr(e), "context", repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError:
        [][0]
except IndexError as e:
    print("IndexError:", e)

# A bare raise re-raises the exception being handled, unchanged.
def f():
    try:
        raise ValueError("original")
    except ValueError as e:
        print("logging", e)
        raise
try:
    f()
except ValueError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

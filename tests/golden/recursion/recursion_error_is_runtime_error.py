def f():
    f()
try:
    f()
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
print([c.__name__ for c in RecursionError.__mro__])
try:
    raise RecursionError("manual")
except RecursionError as e:
    print(type(e).__name__, e)

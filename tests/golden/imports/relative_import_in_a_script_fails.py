try:
    from . import greet
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from .greet import hello
except ImportError as e:
    print(type(e).__name__, e)

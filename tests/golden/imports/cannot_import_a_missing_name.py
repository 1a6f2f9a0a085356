import sys

here = sys.path[0]
try:
    from greet import goodbye
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, "HERE"))
    print(e.name, e.path == here + "/greet.py")
try:
    from sys import no_such_name
except ImportError as e:
    print(e)

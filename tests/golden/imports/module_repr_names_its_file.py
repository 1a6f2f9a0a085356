import sys
import greet

here = sys.path[0]
print(repr(greet).replace(here, "HERE"))
print(repr(sys))
print(str(greet) == repr(greet))

from __future__ import (nested_scopes, generators, division, absolute_import,
                        with_statement, print_function, unicode_literals,
                        generator_stop)
# All mandatory since long ago: accepted, and nothing changes.
print(7 / 2, "ok")
def f(x: int) -> int:
    return x
print(f.__annotations__)

# raise accepts a class (instantiated with no args) or an instance; non-exceptions are a TypeError.
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise "text"
except TypeError as e:
    print(e)

class ParseError(ValueError):
    pass
class MissingKey(KeyError):
    pass
class MyIndex(IndexError):
    def __str__(self):
        return "custom index message"
try:
    raise ParseError("bad token")
except ValueError as e:
    print("ValueError handler got", type(e).__name__, e)
try:
    raise MissingKey("name")
except LookupError as e:
    print("LookupError handler got", type(e).__name__, e, repr(e))
try:
    raise MyIndex(3)
except IndexError as e:
    print(e, repr(e), e.args)
print([c.__name__ for c in MissingKey.__mro__])
try:
    int("x")
except ParseError:
    print("not this")
except ValueError as e:
    print("builtin ValueError is not a ParseError:", isinstance(e, ParseError))

# CPython lists normal parameters before positional-only ones, then *args,
# keyword-only parameters, **kwargs and the return annotation.
def f(b: 2, /, a: 1, *c: 3, e: 4, d: 5 = 0, **g: 6) -> 7:
    pass
print(f.__annotations__)
def none_at_all(x, y=1):
    pass
print(none_at_all.__annotations__)
def only_return() -> "text":
    pass
print(only_return.__annotations__)
print((lambda x: x).__annotations__)

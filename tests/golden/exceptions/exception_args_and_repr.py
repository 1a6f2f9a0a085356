# args, str and repr of exceptions built with zero, one or several arguments.
for e in [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(),
          Exception(None), TypeError(""), RuntimeError([1, 2]), ZeroDivisionError("x")]:
    print(repr(e), "|", str(e), "|", e.args)
print(type(ValueError("x")).__name__, type(ValueError("x")) is ValueError)

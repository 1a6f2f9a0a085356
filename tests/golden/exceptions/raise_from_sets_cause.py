# raise X from Y sets __cause__; raising inside except sets __context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e
try:
    convert("zz")
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no chain") from None
except ValueError as e:
    print(e, e.__cause__, repr(e.__context__))

# except (A, B) as e matches either type; e is unbound after the handler.
def risky(kind):
    if kind == "v":
        raise ValueError("bad value")
    if kind == "t":
        raise TypeError("bad type")
    if kind == "k":
        raise KeyError("k")
    return "ok"
for kind in ["v", "t", "k", "x"]:
    try:
        print(risky(kind))
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__, e)
    except LookupError as e:
        print("lookup", repr(e))
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("e was deleted:", err)

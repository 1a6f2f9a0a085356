for v in [{"a": 1}, [("a", 1)], "a", 5]:
    match v:
        case {"a": x}:
            print(repr(v), "mapping with a =", x)
        case _:
            print(repr(v), "not a mapping")

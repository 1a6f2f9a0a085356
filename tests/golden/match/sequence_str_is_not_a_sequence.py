for v in ["ab", b"ab", ["a", "b"], ("a", "b")]:
    match v:
        case [a, b]:
            print(repr(v), "sequence of two:", a, b)
        case _:
            print(repr(v), "not a sequence pattern subject")

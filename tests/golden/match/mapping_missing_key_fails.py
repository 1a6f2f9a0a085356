match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"b": _}:
        print("no")
    case {"a": 2}:
        print("no")
    case {"a": a}:
        print("a is", a)

match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1}:
        print("extra keys are fine")
match {}:
    case {}:
        print("empty mapping pattern matches an empty dict")
match {"x": 1}:
    case {}:
        print("and any dict")

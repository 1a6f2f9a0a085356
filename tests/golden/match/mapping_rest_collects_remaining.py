match {"name": "ada", "age": 36, "lang": "en"}:
    case {"name": name, **rest}:
        print(name, rest)
match {"a": 1}:
    case {"a": _, **rest}:
        print("empty rest:", rest)
match {"a": 1, "b": 2}:
    case {**everything}:
        print(everything)

for v in [{1: 2, 3: 4}, {1, 2}, range(2), iter([1, 2])]:
    match v:
        case [a, b]:
            print(type(v).__name__, "matched", a, b)
        case _:
            print(type(v).__name__, "did not match")

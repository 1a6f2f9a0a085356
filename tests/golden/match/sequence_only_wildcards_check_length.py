for v in [[], [1], [1, 2], [1, 2, 3]]:
    match v:
        case [_, _]:
            print(v, "has two")
        case [_, _, *_]:
            print(v, "has more than two")
        case [*_]:
            print(v, "has fewer than two")

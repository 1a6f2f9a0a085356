for x in [1.5, -0.5, 2, 1e10, 0.0, -0.0]:
    match x:
        case 1.5:
            print(x, "one and a half")
        case -0.5:
            print(x, "minus a half")
        case 1e10:
            print(x, "ten billion")
        case 0.0:
            print(x, "zero")
        case _:
            print(x, "no")

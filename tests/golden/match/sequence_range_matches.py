match range(3):
    case [0, 1, x]:
        print("range", x)
match range(10):
    case [0, *rest]:
        print(rest)
match range(10):
    case [*_, 8, last]:
        print(last)

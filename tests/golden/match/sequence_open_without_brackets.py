match 1, 2:
    case a, b:
        print(a, b)
match [3, 4, 5]:
    case first, *rest:
        print(first, rest)

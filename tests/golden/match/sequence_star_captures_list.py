match (1, 2, 3, 4):
    case (first, *rest):
        print(first, rest, type(rest).__name__)
match [1]:
    case [first, *rest]:
        print(first, rest)
match [1, 2, 3, 4, 5]:
    case [a, *middle, z]:
        print(a, middle, z)

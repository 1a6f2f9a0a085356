match [1, 2, 3]:
    case [a, b]:
        print("two")
    case [a, b, c, d]:
        print("four")
    case [a, b, *c, d, e]:
        print("at least four")
    case [a, *b, c]:
        print("at least two", a, b, c)

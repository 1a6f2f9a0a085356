def t(v):
    match v:
        case (a, b, c, 1) | (c, b, a, 2) | (b, c, a, 3):
            return a, b, c

print(t((1, 2, 3, 1)), t((1, 2, 3, 2)), t((1, 2, 3, 3)), t((1, 2, 3, 4)))

def describe(n):
    match n:
        case 0:
            return "zero"
        case 1:
            return "one"
        case -1:
            return "minus one"
        case 10000000000000000000000:
            return "huge"
        case _:
            return "other"

for n in [0, 1, -1, 2, 10**22, 1.0, True]:
    print(n, describe(n))

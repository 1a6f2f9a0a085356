# Captures are stored before the guard runs, so a failed guard leaves them bound.
match (1, 2):
    case (a, b) if a > b:
        print("no")
    case _:
        print("fell through with", a, b)

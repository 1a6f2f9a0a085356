# A literal pattern compares with ==, so `case 1` takes True too.
for v in [True, 1, 1.0, False, 0]:
    match v:
        case 1:
            print(repr(v), "is 1")
        case 0:
            print(repr(v), "is 0")

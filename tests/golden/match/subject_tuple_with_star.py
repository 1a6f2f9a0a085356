rest = [2, 3]
match 1, *rest:
    case (1, 2, 3):
        print("a tuple made by the subject")

match 3:
    case 1:
        print("one")
    case _:
        print("other")
    case 2:
        print("two")

match 3:
    case 3:
        print("first")
    case 3:
        print("second")
    case _:
        print("default")

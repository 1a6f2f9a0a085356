match 1:
    case int() as _:
        print("no")

name = "x"
match "x":
    case f"{name}":
        print("no")

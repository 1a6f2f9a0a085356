match {"k": None}:
    case {"k": v}:
        print("found", v)

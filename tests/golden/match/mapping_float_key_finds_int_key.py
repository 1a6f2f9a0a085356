match {1: "one", 2: "two"}:
    case {1.0: a, 2: b}:
        print(a, b)

for i in range(3):
    try:
        match [i]:
            case [n] if 10 // (n - 1):
                print("n", n)
            case [n]:
                print("guard was false for", n)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

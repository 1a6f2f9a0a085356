def check(label, result):
    print("guard", label)
    return result

match [1, 2]:
    case [x] if check("one", True):
        print("no")
    case [x, y] if check("two", False):
        print("no")
    case [x, y] if check("three", True):
        print("matched", x, y)

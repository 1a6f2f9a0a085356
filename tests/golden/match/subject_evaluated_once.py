def subject():
    print("evaluating the subject")
    return 3

match subject():
    case 1:
        print("one")
    case 2:
        print("two")
    case 3:
        print("three")

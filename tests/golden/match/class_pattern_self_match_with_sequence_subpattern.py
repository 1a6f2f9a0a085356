match [1, 2]:
    case list((1, x)):
        print("list whose items match", x)
match (3, 4):
    case list():
        print("no")
    case tuple((a, b)):
        print("tuple", a, b)

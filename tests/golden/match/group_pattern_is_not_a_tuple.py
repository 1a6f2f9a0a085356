match 5:
    case (x):
        print("parentheses only group:", x)
match (5,):
    case (x,):
        print("a one-tuple:", x)

match (1, 2):
    case (x, 0) | (0, y):
        print(x)

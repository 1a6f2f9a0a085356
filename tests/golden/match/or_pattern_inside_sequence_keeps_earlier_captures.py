match [9, (8, 2), 7]:
    case [x, (1, y) | (y, 2), z]:
        print(x, y, z)

match (1, 2, 3, 4, 5, 6):
    case (1, 2, *mid, 5, 6):
        print(mid)
match (1, 2):
    case (1, *mid, 2):
        print("empty middle", mid)

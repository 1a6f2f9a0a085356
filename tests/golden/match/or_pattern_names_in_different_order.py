match (1, 2):
    case (a, b, 0) | (b, a):
        print("a =", a, "b =", b)
match {"k": 1, "v": 2}:
    case {"k": k, "v": v} | [v, k]:
        print(k, v)
match [3, 4]:
    case {"k": k, "v": v} | [v, k]:
        print(k, v)

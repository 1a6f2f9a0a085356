match [(1, [2, {"k": (3, 4)}]), 5]:
    case [(a, [b, {"k": (c, d)}]), e]:
        print(a, b, c, d, e)
match {"a": [1, {"b": [2, 3]}]}:
    case {"a": [x, {"b": [y, *z]}]}:
        print(x, y, z)

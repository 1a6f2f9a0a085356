match [1, [2, 3]]:
    case [1, [_, _] as inner] as whole:
        print(inner, whole)
match 4:
    case (1 | 2 | 3 | 4) as n:
        print("small number", n)
match {"k": (1, 2)}:
    case {"k": (a, b) as pair}:
        print(a, b, pair)

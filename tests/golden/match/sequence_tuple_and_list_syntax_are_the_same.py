# [a, b] and (a, b) both match any sequence, list or tuple.
for v in [(1, 2), [1, 2]]:
    match v:
        case (a, b):
            print("paren", a, b)
    match v:
        case [a, b]:
            print("bracket", a, b)

def show(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [x, y, z]:
            return f"three: {x} {y} {z}"
        case _:
            return "many"

for v in [[], [1], [1, 2], (1, 2, 3), [1, 2, 3, 4]]:
    print(show(v))

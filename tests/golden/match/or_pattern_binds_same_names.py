def coords(v):
    match v:
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case [x, y] | {"x": x, "y": y}:
            return f"point {x},{y}"
        case _:
            return "no"

print(coords((5, 0)))
print(coords((0, 7)))
print(coords([1, 2]))
print(coords({"y": 4, "x": 3}))
print(coords("xy"))

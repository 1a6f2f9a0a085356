def area(shape):
    match shape:
        case ["rect", (x1, y1), (x2, y2)]:
            return abs(x2 - x1) * abs(y2 - y1)
        case ["square", (_, _), side]:
            return side * side
        case _:
            return 0

print(area(["rect", (0, 0), (3, 4)]))
print(area(("square", [1, 1], 5)))
print(area(["rect", (0, 0)]))

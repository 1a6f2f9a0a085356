def f(items):
    match items:
        case [x, *rest] if all(y > x for y in rest):
            return f"{x} is the smallest"
        case [x, *rest] if (m := min(rest, key=lambda v: -v)) > x:
            return f"{m} beats {x}"
        case _:
            return "neither"

print(f([1, 2, 3]))
print(f([3, 1, 5]))
print(f([3, 1, 2]))

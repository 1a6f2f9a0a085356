def gen():
    yield 1
    yield 2

for v in [iter([1, 2]), gen(), zip([1], [2]), map(str, [1, 2])]:
    match v:
        case [a, b]:
            print("no")
        case _:
            print(type(v).__name__, "is not a sequence")

def last(v):
    match v:
        case [*_, x]:
            return x
        case _:
            return "empty"

def ends(v):
    match v:
        case [a, *_, z]:
            return (a, z)
        case _:
            return None

print(last([1, 2, 3]), last((9,)), last([]))
print(ends([1, 2, 3, 4]), ends([1, 2]), ends([1]))

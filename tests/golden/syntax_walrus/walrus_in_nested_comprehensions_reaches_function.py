# A `:=` two comprehensions deep still binds in the enclosing function.
def grid():
    rows = [[(cell := r * 10 + c) for c in range(3)] for r in range(2)]
    return rows, cell
print(grid())

# Closures created in a loop inside a function all share the loop's final cell.
def run():
    total = 0
    fns = []
    for k in range(1, 4):
        def add():
            nonlocal total
            total += k
            return total
        fns.append(add)
    return [f() for f in fns], total
print(run())

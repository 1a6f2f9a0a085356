# After a bracket that is never closed, errors on later statements are still reported.
def f():
    items = [1, 2,
    return items

print(f()

def g():
    return = 1

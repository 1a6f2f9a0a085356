# Each call gets fresh locals; recursion does not share them.
def f(n):
    local = [n]
    if n > 0:
        inner = f(n - 1)
        local.extend(inner)
    return local
print(f(3))
def counter():
    c = 0
    c += 1
    return c
print(counter(), counter(), counter())

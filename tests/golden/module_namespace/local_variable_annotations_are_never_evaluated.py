# Inside a function, `x: ann = v` binds x but never evaluates `ann`.
def f():
    total: undefined_name = 10
    other: 1 / 0
    return total
print(f())
def g(n):
    for i in range(n):
        acc: print("never printed") = i
    return acc
print(g(3))

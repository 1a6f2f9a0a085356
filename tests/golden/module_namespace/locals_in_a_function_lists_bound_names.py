# locals() in a function: parameters and bound locals, unbound ones left out.
def f(a, b=2, *rest, key=None, **extra):
    c = a + b
    if False:
        never = 1
    return locals()
print(f(1))
print(f(1, 3, 4, 5, key="k", z=0))
def g():
    x = 1
    del x
    y = 2
    return locals()
print(g())

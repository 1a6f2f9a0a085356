# Assignment in a function creates a local that shadows the global.
x = "global"
def f():
    x = "local"
    return x
print(f(), x)
def g(x):
    x += "!"
    return x
print(g("param"), x)
def h():
    return x
x = "changed"
print(h())

# Assigning anywhere in a function makes the name local for the whole body.
x = 10
def f():
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__, e)
        print(type(e) is NameError)
    x = 5
    return x
print(f())
def g():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(g())

# Closures see the variable's current value at call time, not at creation.
def make():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make()])
def late():
    x = 1
    def get():
        return x
    x = 2
    return get
print(late()())
def bound():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return fs
print([f() for f in bound()])

# Default values are evaluated where the def runs, using that scope's names.
y = "module y"
def outer():
    y = "outer y"
    def inner(v=y):
        return v
    return inner
print(outer()())
def make_list():
    return [lambda n=n: n * 10 for n in range(3)]
print([f() for f in make_list()])

# A default value and a decorator are evaluated in the enclosing scope,
# so their `:=` binds there.
def f(x=(default := 5)):
    return x
print(f(), default)
@(registered := (lambda fn: fn))
def g():
    return "g"
print(g(), registered(g) is g)

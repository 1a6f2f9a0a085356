# Names resolve local, then enclosing, then global, then builtins.
len = lambda s: "shadowed len"
print(len("abc"))
del len
print(len("abc"))
def outer():
    max = lambda *a: "enclosing max"
    def inner():
        return max(1, 2)
    return inner()
print(outer(), max(1, 2))
value = "global"
def a():
    value = "enclosing"
    def b():
        return value
    return b()
print(a())

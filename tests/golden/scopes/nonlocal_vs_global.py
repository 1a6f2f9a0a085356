# nonlocal binds in the enclosing function; global skips straight to the module.
x = "module"
def outer():
    x = "outer"
    def use_nonlocal():
        nonlocal x
        x = "set by nonlocal"
    def use_global():
        global x
        x = "set by global"
    use_nonlocal()
    use_global()
    return x
print(outer(), x)

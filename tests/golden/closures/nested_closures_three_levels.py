# nonlocal reaches the nearest enclosing binding across several levels.
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        r = inner()
        return r, x
    result = middle()
    return result, x
print(outer())
def level1():
    n = 0
    def level2():
        n = 10
        def level3():
            nonlocal n
            n += 1
            return n
        return level3() + level3(), n
    return level2(), n
print(level1())

def use():
    import greet
    from greet import hello as h

    return greet.__name__, h("Gil")


print(use())
print("greet" in globals())

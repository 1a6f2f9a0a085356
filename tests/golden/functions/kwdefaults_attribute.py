# __kwdefaults__: the keyword-only defaults by name, or None.
def g(a, *, b="x", c, d=4):
    pass


def h(a=1):
    pass


def k(*args, e=5, **kw):
    pass


print(g.__kwdefaults__, h.__kwdefaults__, h.__defaults__, k.__kwdefaults__)
print((lambda *, q=1: q).__kwdefaults__)

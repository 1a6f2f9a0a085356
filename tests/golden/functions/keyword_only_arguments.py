# Parameters after * or *args are keyword-only; missing or positional use is a TypeError.
def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2), f(1, flag=True, key=0))
def g(*items, sep="-"):
    return sep.join(items)
print(g("a", "b"), g("a", "b", sep="+"))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, key=1, other=2)
except TypeError as e:
    print(e)

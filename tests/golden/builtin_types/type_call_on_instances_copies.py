def clone(obj):
    return type(obj)(obj)
for x in [[1, 2], (1, 2), {1: 2}, {3}, "s", 5, 2.5, frozenset([1])]:
    c = clone(x)
    print(type(c).__name__, c, c == x)
class MyList(list):
    pass
m = MyList([1])
c = clone(m)
print(type(c).__name__, c, c is m)
print(type(5)(), type("x")(), type([])(), type({})())

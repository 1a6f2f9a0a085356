# `return v` in a generator ends it with StopIteration whose value and args carry v; next(g, default) swallows it.
def g1():
    yield "a"
    return 42

g = g1()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, "args", e.args, "str", repr(str(e)))

def g2():
    yield 1
    return

g = g2()
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare return:", e.value, e.args)

def g3():
    return (1, 2)
    yield

try:
    next(g3())
except StopIteration as e:
    print("tuple value:", e.value, e.args)

g = g1()
print(next(g, "d"), next(g, "d"), next(g, "d"))
print(next(iter([]), None))
def g4():
    yield None
print(next(g4(), "default"))
print(list(g1()), tuple(g1()))

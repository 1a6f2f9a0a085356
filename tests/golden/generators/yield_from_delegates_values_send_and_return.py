# `yield from` passes values, send() and throw() through to a subgenerator and evaluates to its return value.
def sub(tag):
    x = yield tag + "1"
    print("  sub got", x)
    y = yield tag + "2"
    print("  sub got", y)
    return tag + "-result"

def outer():
    r1 = yield from sub("a")
    print("  r1 =", r1)
    r2 = yield from sub("b")
    print("  r2 =", r2)
    return [r1, r2]

g = outer()
print(next(g))
print(g.send("s1"))
print(g.send("s2"))
print(g.send("s3"))
try:
    g.send("s4")
except StopIteration as e:
    print("outer returned", e.value)

def flat():
    yield from [1, 2]
    yield from range(3, 5)
    yield from "ab"
    yield from (c.upper() for c in "cd")
    yield from ()
    yield from {"k": 1, "j": 2}
print(list(flat()))

def list_result():
    r = yield from [10, 20]
    print("  yield from list evaluates to", r)
print(list(list_result()))

def closing_sub():
    try:
        yield 1
    finally:
        print("  sub finally on close")
def wrapper():
    yield from closing_sub()
g = wrapper()
next(g)
g.close()
print("closed through delegation")

try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)

def catcher():
    while True:
        try:
            v = yield "ready"
            print("  inner value", v)
        except KeyError as e:
            print("  inner caught", repr(e))
            yield "recovered"

def delegator():
    try:
        yield from catcher()
    finally:
        print("  delegator finally")

g = delegator()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()

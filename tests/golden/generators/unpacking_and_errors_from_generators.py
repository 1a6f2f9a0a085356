# Unpacking consumes a generator; wrong counts raise ValueError; an exception raised mid-iteration reaches the consumer.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(4)
print(first, rest)
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = gen(2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, *r = gen(1)
except ValueError as e:
    print("ValueError:", e)
print([*gen(2), *gen(1)])
print(*(s.upper() for s in "abc"))

def faulty():
    yield 1
    yield 2
    raise KeyError("boom")
    yield 3

seen = []
try:
    for v in faulty():
        seen.append(v)
except KeyError as e:
    print("caught", repr(e), "after", seen)

g = faulty()
next(g); next(g)
try:
    next(g)
except KeyError:
    print("KeyError from next")
print("then exhausted:", next(g, "exhausted"))

def divide(values):
    for v in values:
        yield 10 // v
out = []
try:
    out.extend(divide([1, 2, 0, 5]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, out)
try:
    print(sum(divide([5, 0])))
except ZeroDivisionError:
    print("sum propagated it")

# PEP 479: a StopIteration escaping a generator body is replaced by RuntimeError whose __cause__ is the original.
def leaky():
    yield 1
    next(iter([]))
    yield 2

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)
print("afterwards:", next(g, "exhausted"))

def explicit():
    yield "a"
    raise StopIteration("payload")

try:
    print(list(explicit()))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause args:", e.__cause__.args)

def caught_inside():
    try:
        next(iter(()))
    except StopIteration:
        yield "handled inside"
print(list(caught_inside()))

def first_of_each(iterables):
    for it in iterables:
        yield next(iter(it))
try:
    print(list(first_of_each([[1], [2], [], [4]])))
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    print(list(next(iter(x)) for x in [[1], []]))
except RuntimeError as e:
    print("genexp RuntimeError:", e)

def stop_subclass_via_throw():
    yield 1
g = stop_subclass_via_throw()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("thrown StopIteration:", e, "| cause:", e.__cause__)

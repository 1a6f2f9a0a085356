# throw() raises inside the generator at the paused yield: caught it may yield again, uncaught it propagates to the caller.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  caught", repr(e))
            n = -1
        n += 1

g = resilient()
print(next(g), next(g))
print("throw result:", g.throw(ValueError("bad")))
print(next(g))
print("throw class:", g.throw(ValueError))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished after uncaught throw")

def simple():
    try:
        yield 1
    finally:
        print("  finally in simple")

g = simple()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(next(g, "exhausted"))

g = simple()
next(g)
try:
    g.throw(TypeError, TypeError("value form"))
except TypeError as e:
    print("class+value:", e)

def gen_returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "handled"
g = gen_returns_on_throw()
next(g)
try:
    g.throw(IndexError)
except StopIteration as e:
    print("throw ended generator, value:", e.value)

g = simple()
next(g)
try:
    g.throw(ZeroDivisionError("zd"))
except ZeroDivisionError as e:
    print("after finally:", e)
try:
    g.throw(ValueError("again"))
except ValueError as e:
    print("throw into finished generator re-raises:", e)

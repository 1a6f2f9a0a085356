# close() raises GeneratorExit at the paused yield: finally blocks run; yielding again is a RuntimeError.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup")

g = with_finally()
print(next(g))
print("close ->", g.close())
print("after close:", next(g, "exhausted"))
g.close()
print("second close is a no-op")

g = with_finally()
g.close()
print("unstarted close ran no finally; next:", next(g, "exhausted"))

g = with_finally()
print(list(g))
g.close()
print("close of finished generator is fine")

def stubborn():
    try:
        yield "x"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "y"
    print("  resumed after the ignored close")

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("still suspended:", next(g, "exhausted"))

def catches_and_returns():
    try:
        yield 1
    except GeneratorExit as e:
        print("  saw", type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
        return "ignored value"

g = catches_and_returns()
next(g)
print("close returns", g.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close propagated", repr(e), "context:", type(e.__context__).__name__)

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
g = nested_finally()
next(g)
g.close()
print("done")

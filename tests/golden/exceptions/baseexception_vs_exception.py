# except Exception does not catch BaseException subclasses like SystemExit or KeyboardInterrupt.
def raise_it(exc):
    try:
        raise exc
    except Exception:
        return "caught by Exception"
    except BaseException as e:
        return "caught by BaseException: " + type(e).__name__
print(raise_it(ValueError("v")))
print(raise_it(KeyboardInterrupt()))
print(raise_it(SystemExit(3)))
try:
    raise BaseException("base")
except BaseException as e:
    print(repr(e))

class Shutdown(BaseException):
    pass
def f():
    try:
        raise Shutdown("stop")
    except Exception:
        print("not caught here")
try:
    f()
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e)
print(issubclass(Shutdown, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
try:
    raise Shutdown
except Shutdown as e:
    print(repr(e))

# Handlers match subclasses; the first matching handler wins.
tests = [ZeroDivisionError, KeyError, IndexError, OverflowError, RecursionError,
         NotImplementedError, TimeoutError, AssertionError, ValueError]
for exc in tests:
    try:
        raise exc("x")
    except ArithmeticError:
        print(exc.__name__, "-> ArithmeticError")
    except LookupError:
        print(exc.__name__, "-> LookupError")
    except RuntimeError:
        print(exc.__name__, "-> RuntimeError")
    except Exception:
        print(exc.__name__, "-> Exception")
print(isinstance(KeyError(), LookupError), isinstance(ValueError(), BaseException))
print(isinstance(ZeroDivisionError(), ArithmeticError), isinstance(Exception(), BaseException))

class AppError(Exception):
    code = 1
    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.message = message
        self.detail = detail
    def report(self):
        d = f" ({self.detail})" if self.detail else ""
        return f"[{self.code}] {self.__class__.__name__}: {self.message}{d}"

class ConfigError(AppError):
    code = 10

class MissingKey(ConfigError, KeyError):
    code = 11

class NetworkError(AppError):
    code = 20
    def __str__(self):
        return f"network down: {self.message}"

class Timeout(NetworkError):
    code = 21

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"missing {key}", detail="check config") from e

def connect(host):
    if host == "slow":
        raise Timeout("timed out", detail=host)
    if host == "":
        raise NetworkError("empty host")
    return f"connected to {host}"

def process(items):
    results, errors = [], []
    for it in items:
        try:
            results.append(connect(it))
        except Timeout as e:
            errors.append(("timeout", e.report()))
        except NetworkError as e:
            errors.append(("net", str(e)))
        else:
            errors.append(("ok", None))
        finally:
            results.append(f"done {it!r}")
    return results, errors

def main():
    cfg = {"a": 1}
    try:
        load(cfg, "b")
    except ConfigError as e:
        print(e.report())
        print(type(e.__cause__).__name__, e.__cause__)
        print(isinstance(e, KeyError), isinstance(e, AppError), e.code)
        print(str(e), repr(e), e.args)
    r, errs = process(["x", "slow", "", "y"])
    print(r)
    for e in errs:
        print(e)
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer")
    except TypeError as e:
        print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer") from None
    except TypeError as e:
        print(repr(e.__context__), e.__cause__, e.__suppress_context__)
    for cls in (Timeout, MissingKey):
        print(cls.__name__, [c.__name__ for c in cls.__mro__])
    try:
        raise AppError("plain")
    except (ConfigError, NetworkError):
        print("wrong")
    except AppError as e:
        print("right", e.detail)
    e = Timeout("x")
    print(str(e), e.args, Exception("a", 2).args, str(Exception("a", 2)), repr(Exception()))
    def f():
        try:
            return "try"
        finally:
            print("finally runs")
    print(f())
    try:
        raise ExceptionGroup if False else KeyError("k")
    except LookupError as e:
        print("LookupError caught", repr(e))

if __name__ == "__main__":
    main()

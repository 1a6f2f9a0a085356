class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
try:
    raise AppError("disk full", 28)
except AppError as e:
    print(type(e).__name__, e, e.code, e.args)
    print(repr(e))
    print(str(e))
e = AppError("x", 1)
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(AppError, Exception))
print([c.__name__ for c in AppError.__mro__])

# coro-test: module
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key}")
        self.key = key


def lookup(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]

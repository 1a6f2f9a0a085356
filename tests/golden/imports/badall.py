# coro-test: module
__all__ = ("a", "missing")
a = 1

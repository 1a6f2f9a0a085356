# coro-test: module
import sys

print("vanishing: running")
del sys.modules[__name__]

# coro-test: module
import counter as _counter_module

visible = 1
_hidden = 2
__dunder = 3


def helper():
    return "helper"

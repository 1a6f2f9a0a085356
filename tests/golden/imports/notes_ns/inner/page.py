# coro-test: module
TEXT = "a page of a namespace package"

# coro-test: module
x = = 1

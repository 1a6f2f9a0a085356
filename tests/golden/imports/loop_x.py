# coro-test: module
from loop_y import Y

X = "x"

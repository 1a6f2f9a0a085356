# coro-test: module
from loop_x import X

Y = "y"

# coro-test: module
print("circ_a: start")
import circ_b

A = "a"


def from_b():
    return circ_b.B


print("circ_a: end, circ_b.B =", circ_b.B)

# coro-test: module
print("circ_b: start")
import circ_a

print("circ_b: circ_a has A:", hasattr(circ_a, "A"))
B = "b"


def from_a():
    return circ_a.A


print("circ_b: end")

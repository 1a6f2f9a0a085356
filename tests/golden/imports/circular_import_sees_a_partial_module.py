import circ_a
import circ_b

print(circ_a.from_b(), circ_b.from_a())

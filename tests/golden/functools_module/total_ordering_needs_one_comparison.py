from functools import total_ordering
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print(G(1) < G(2), G(2) <= G(2), G(3) >= G(4))

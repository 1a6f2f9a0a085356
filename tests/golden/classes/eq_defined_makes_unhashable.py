class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x

print(P.__hash__ is None)
p = P(1)
print(p == P(1), p != P(1), p == P(2))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {p}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {p: 1}
except TypeError as e:
    print(type(e).__name__, e)

class H(P):
    def __hash__(self):
        return hash(self.x)
print({H(1), H(1), H(2)} == {H(1), H(2)}, len({H(1), H(1), H(2)}))

class Sub(P):
    pass
try:
    hash(Sub(1))
except TypeError as e:
    print(type(e).__name__, e)

class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
from_list = []
try:
    hash(from_list)
except TypeError as e:
    print(type(e).__name__, e)

class Chain:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def __eq__(self, other):
        return isinstance(other, Chain) and self.nxt == other.nxt
    __hash__ = None
short1 = Chain(Chain(Chain()))
short2 = Chain(Chain(Chain()))
print(short1 == short2)
print(short1 == Chain(Chain()))
a = Chain()
b = Chain()
a.nxt = b
b.nxt = a
try:
    a == b
except RecursionError as e:
    print(type(e).__name__)
try:
    [a] == [b]
except RecursionError as e:
    print(type(e).__name__)
print("still alive", Chain() == Chain())

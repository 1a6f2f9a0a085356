class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = ["a", "b", "c", "d"]
print(lst[Idx(1)], lst[Idx(-1)], lst[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), list(range(Idx(1), Idx(4))))
print("ab" * Idx(2), [0] * Idx(3))
print(int(Idx(7)) if hasattr(int, "from_bytes") else None)
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __round__(self, n=None):
        return ("round", n)
n = Num()
print(int(n), float(n), round(n), round(n, 2))
try:
    lst[Num()]
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 1.5
try:
    int(F())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
class BadIdx:
    def __index__(self):
        return 1.0
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)

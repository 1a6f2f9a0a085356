class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, OnlyEq) and self.v == o.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class EqReturnsObj:
    def __eq__(self, o):
        return [1]
print(EqReturnsObj() == 1, EqReturnsObj() != 1)
class EqNone:
    def __eq__(self, o):
        return None
print(EqNone() != 1)
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(1) > OnlyLt(2), OnlyLt(3) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
print(OnlyEq(1) in [OnlyEq(0), OnlyEq(1)], [OnlyEq(2)].count(OnlyEq(2)), [OnlyEq(0), OnlyEq(3)].index(OnlyEq(3)))
x = OnlyEq(float("nan"))
print(x == x, x in [x])

import math
class Money:
    def __init__(self, cents): self.cents = cents
    def __trunc__(self): return self.cents // 100
    def __floor__(self): return "floor!"
    def __ceil__(self): return -(-self.cents // 100)
m = Money(1250)
print(math.trunc(m), math.floor(m), math.ceil(m))
class F:
    def __float__(self): return 2.75
print(math.floor(F()), math.ceil(F()), math.sqrt(F()))
class Seven:
    def __index__(self): return 7
print(math.factorial(Seven()), math.gcd(Seven(), 21), math.isqrt(Seven()), math.sqrt(Seven()))
try:
    math.trunc(F())
except TypeError as e:
    print(e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(True), type(math.floor(3.0)).__name__)
print(math.floor(1e20), math.ceil(2**70))
for x in (math.nan, math.inf):
    try:
        math.floor(x)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(self.v + 1000)
    def __abs__(self): return abs(self.v)
    def __invert__(self): return "inverted " + str(self.v)
    def __repr__(self): return "U(%r)" % (self.v,)
u = U(-5)
print(-u, +u, abs(u), ~u)
print(--u, -(-u))
class E: pass
for expr in [lambda: -E(), lambda: +E(), lambda: ~E(), lambda: abs(E())]:
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
print(~True, -True, +False)

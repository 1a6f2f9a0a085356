class Bits:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Bits(" + bin(self.v) + ")"
    def _c(self, o):
        return o.v if isinstance(o, Bits) else o
    def __and__(self, o): return Bits(self.v & self._c(o))
    def __or__(self, o): return Bits(self.v | self._c(o))
    def __xor__(self, o): return Bits(self.v ^ self._c(o))
    def __lshift__(self, o): return Bits(self.v << self._c(o))
    def __rshift__(self, o): return Bits(self.v >> self._c(o))
    def __rand__(self, o): return ("rand", o)
    def __ror__(self, o): return ("ror", o)
    def __rxor__(self, o): return ("rxor", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rrshift__(self, o): return ("rrshift", o)
    def __invert__(self): return Bits(~self.v & 0xF)
    def __ior__(self, o):
        self.v |= self._c(o)
        return self
a = Bits(0b1100)
b = Bits(0b1010)
print(a & b, a | b, a ^ b, a << 2, a >> 2, ~a)
print(1 & a, 1 | a, 1 ^ a, 1 << a, 1 >> a)
a |= 1
print(a)
try:
    Bits(1) & "s"
except TypeError as e:
    print(type(e).__name__, e)
class Empty: pass
ops = [lambda: Empty() & 1, lambda: Empty() | 1, lambda: Empty() ^ 1,
       lambda: Empty() << 1, lambda: Empty() >> 1, lambda: 1 & Empty()]
for op in ops:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)

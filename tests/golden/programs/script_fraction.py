def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Fraction:
    __slots__ = ("num", "den")
    def __init__(self, num=0, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g
    @staticmethod
    def _coerce(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        return NotImplemented
    @classmethod
    def from_string(cls, s):
        if "/" in s:
            a, b = s.split("/")
            return cls(int(a), int(b))
        return cls(int(s))
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __mul__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return self._coerce(o) / self
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __abs__(self):
        return Fraction(abs(self.num), self.den)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return False
        return self.num == o.num and self.den == o.den
    def __hash__(self):
        return hash((self.num, self.den))
    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def __format__(self, spec):
        if spec:
            return format(float(self), spec)
        return str(self)

def main():
    a, b = Fraction(1, 2), Fraction(3, 4)
    print(a + b, a - b, a * b, a / b)
    print(1 + a, 1 - a, 2 * b, 1 / b)
    print(repr(-a), abs(Fraction(-7, 3)), Fraction(6, -8))
    print(sum([Fraction(1, n) for n in range(1, 7)]))
    print(sum([Fraction(1, n) for n in range(1, 7)], Fraction()))
    print(float(Fraction(1, 3)), int(Fraction(7, 2)), int(Fraction(-7, 2)))
    print(sorted([Fraction(2, 3), Fraction(1, 5), Fraction(5, 6), Fraction(1, 2)]))
    print(Fraction(2, 4) == Fraction(1, 2), Fraction(4, 2) == 2, a == "x")
    s = {Fraction(1, 2), Fraction(2, 4), Fraction(3, 6), Fraction(1, 3)}
    print(len(s))
    d = {Fraction(1, 2): "half"}
    print(d[Fraction(5, 10)])
    print(f"{Fraction(1, 3):.4f} {Fraction(1, 3)} [{Fraction(2, 3)!r}] {Fraction(22, 7):>10.3f}")
    print(Fraction.from_string("10/4"), Fraction.from_string("-3"))
    print(bool(Fraction(0, 5)), bool(a))
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        a + 1.5
    except TypeError as e:
        print("TypeError:", e)
    x = Fraction(1)
    for i in range(1, 10):
        x = 1 + 1 / x
    print(x, f"{x:.6f}")

if __name__ == "__main__":
    main()

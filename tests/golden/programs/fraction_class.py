import math


class Fraction:
    def __init__(self, num, den=1):
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError("numerator and denominator must be integers")
        if den == 0:
            raise ZeroDivisionError("Fraction(%d, 0)" % num)
        if den < 0:
            num, den = -num, -den
        g = math.gcd(num, den)
        self.num = num // g
        self.den = den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o / self

    def __pow__(self, n):
        if n < 0:
            return Fraction(self.den ** -n, self.num ** -n)
        return Fraction(self.num ** n, self.den ** n)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, other):
        o = self._coerce(other)
        if o is None:
            if isinstance(other, float):
                return float(self) == other
            return NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.num * o.den < o.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        if self.den == 1:
            return hash(self.num)
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return "Fraction(%d, %d)" % (self.num, self.den)

    def __str__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)

    def __format__(self, spec):
        if spec:
            return format(float(self), spec)
        return str(self)


half = Fraction(1, 2)
third = Fraction(1, 3)
print(half + third, half - third, half * third, half / third)
print(repr(Fraction(6, -8)), Fraction(10, 5), Fraction(0, 7))
print(1 + half, 1 - half, 3 * third, 1 / third, half ** 3, half ** -2)
print(-half, abs(Fraction(-3, 4)), float(third), int(Fraction(7, 2)), int(Fraction(-7, 2)))
print(half == Fraction(2, 4), half == 0.5, Fraction(4, 2) == 2, half != third)
print(half > third, third <= half, sorted([half, third, Fraction(-1), Fraction(5, 4)]))
print(hash(Fraction(4, 2)) == hash(2), {Fraction(2, 1): "two"}[2])
print(bool(Fraction(0)), bool(half), f"{third:.4f}", f"{third}", "{:>6}".format(str(half)))
total = sum(Fraction(1, n) for n in range(1, 7))
print(total, repr(total))
harmonic = Fraction(0)
for n in range(1, 11):
    harmonic += Fraction(1, n * n)
print(harmonic, round(float(harmonic), 6))
for bad in [lambda: Fraction(1, 0), lambda: Fraction(1.5, 2), lambda: half + 0.5, lambda: half / Fraction(0)]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)

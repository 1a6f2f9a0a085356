class Polynomial:
    def __init__(self, *coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs or [0]

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial(other)
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Polynomial(*[x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __neg__(self):
        return Polynomial(*[-c for c in self.coeffs])

    def __sub__(self, other):
        return self + (-other)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Polynomial(*[c * other for c in self.coeffs])
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial(1)
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:])

    def __eq__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial(other)
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __repr__(self):
        return "Polynomial(" + ", ".join(repr(c) for c in self.coeffs) + ")"

    def __str__(self):
        terms = []
        for power in range(self.degree, -1, -1):
            c = self.coeffs[power]
            if c == 0:
                continue
            sign = "-" if c < 0 else "+"
            c = abs(c)
            if power == 0:
                body = str(c)
            else:
                body = ("" if c == 1 else str(c)) + "x" + ("^" + str(power) if power > 1 else "")
            terms.append((sign, body))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        text = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            text += " " + sign + " " + body
        return text


p = Polynomial(1, -3, 2)
q = Polynomial(0, 1)
print(p, "|", q, "|", repr(p), p.degree)
print(p(0), p(1), p(2), p(0.5), [p(x) for x in range(-2, 3)])
print(p + q, p - q, p * q, 3 * p, p + 1, 1 - p)
print((q + 1) ** 4)
print(p.derivative(), p.derivative().derivative(), Polynomial(5).derivative())
print(Polynomial(0, 0, 0), Polynomial(), Polynomial(-1), Polynomial(0, -1), Polynomial(3, 0, -1, 0))
print(p - p, (p - p).degree, p == Polynomial(1, -3, 2, 0), p - p == 0, q == 1)


def newton(poly, guess, steps=20):
    d = poly.derivative()
    x = guess
    for _ in range(steps):
        x = x - poly(x) / d(x)
    return round(x, 10)


sqrt2 = Polynomial(-2, 0, 1)
print(sqrt2, newton(sqrt2, 1.0), newton(p, 3.0), newton(p, -1.0))

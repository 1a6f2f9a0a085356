class Polynomial:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.coeffs = c or [0]
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
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Polynomial(*[c * other for c in self.coeffs])
        res = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                res[i + j] += a * b
        return Polynomial(*res)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Polynomial(1)
        for _ in range(n):
            r = r * self
        return r
    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:])
    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs
    def __repr__(self):
        return "Polynomial(" + ", ".join(map(repr, self.coeffs)) + ")"
    def __str__(self):
        terms = []
        for i in range(self.degree, -1, -1):
            c = self.coeffs[i]
            if c == 0:
                continue
            sign = "-" if c < 0 else "+"
            c = abs(c)
            if i == 0:
                body = f"{c}"
            else:
                coef = "" if c == 1 else f"{c}"
                body = coef + ("x" if i == 1 else f"x^{i}")
            terms.append((sign, body))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            s += f" {sign} {body}"
        return s

def newton(p, x0, steps=20):
    d = p.derivative()
    x = x0
    for _ in range(steps):
        x = x - p(x) / d(x)
    return x

def main():
    p = Polynomial(1, -3, 0, 2)
    q = Polynomial(0, 1)
    print(p, "|", q, "|", repr(p), p.degree)
    print(p + q, "|", p - p, "|", p * q, "|", 3 * q + 1)
    print((q + 1) ** 5)
    print(p.derivative(), p.derivative().derivative())
    print([p(x) for x in range(-2, 3)], p(0.5))
    print(Polynomial(-1, 0, 1) == (q - 1) * (q + 1))
    r = newton(Polynomial(-2, 0, 1), 1.0)
    print(r, round(r, 10), f"{r:.12f}")
    print(Polynomial(0, 0, 0), Polynomial(), Polynomial(-5), Polynomial(0, -1), Polynomial(2.5, 0, -1.5))
    print(sorted([Polynomial(1, 2), Polynomial(3), q ** 3], key=lambda p: p.degree))
    print(callable(p), p(10) == 1971)

if __name__ == "__main__":
    main()

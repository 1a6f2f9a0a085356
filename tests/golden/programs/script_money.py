class CurrencyMismatch(TypeError):
    pass

class Money:
    RATES = {"USD": 1.0, "EUR": 0.5, "JPY": 100}
    def __init__(self, amount, currency="USD"):
        self.cents = round(amount * 100)
        self.currency = currency
    @classmethod
    def from_cents(cls, cents, currency="USD"):
        m = cls(0, currency)
        m.cents = cents
        return m
    @property
    def amount(self):
        return self.cents / 100
    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} vs {other.currency}")
        return True
    def __add__(self, other):
        if other == 0:
            return self
        if not self._check(other):
            return NotImplemented
        return Money.from_cents(self.cents + other.cents, self.currency)
    def __radd__(self, other):
        return self.__add__(other)
    def __sub__(self, other):
        self._check(other)
        return Money.from_cents(self.cents - other.cents, self.currency)
    def __mul__(self, k):
        return Money.from_cents(round(self.cents * k), self.currency)
    __rmul__ = __mul__
    def split(self, n):
        base, rem = divmod(self.cents, n)
        return [Money.from_cents(base + (1 if i < rem else 0), self.currency) for i in range(n)]
    def convert(self, to):
        usd = self.cents / self.RATES[self.currency]
        return Money.from_cents(round(usd * self.RATES[to]), to)
    def __eq__(self, other):
        if isinstance(other, Money):
            return (self.cents, self.currency) == (other.cents, other.currency)
        if isinstance(other, int) and other == 0:
            return self.cents == 0
        return NotImplemented
    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents
    def __hash__(self):
        return hash((self.cents, self.currency))
    def __repr__(self):
        return f"Money({self.amount:.2f}, {self.currency!r})"
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        sym = {"USD": "$", "EUR": "€", "JPY": "¥"}.get(self.currency, "?")
        return f"{sign}{sym}{abs(self.cents) / 100:,.2f}"

def main():
    a = Money(19.99)
    b = Money(5.01)
    print(a + b, a - b, b - a, a * 3, 0.5 * a)
    print(repr(a), str(a))
    print(sum([a, b, Money(100)]))
    print(Money(100).split(3), sum(Money(100).split(3)))
    print(Money(1234567.891), Money(-0.5))
    e = Money(10, "EUR")
    print(e, e.convert("USD"), e.convert("JPY"), Money(1, "JPY").convert("USD"))
    try:
        a + e
    except CurrencyMismatch as ex:
        print("mismatch:", ex, isinstance(ex, TypeError))
    try:
        a + "x"
    except TypeError as ex:
        print("TypeError:", ex)
    wallet = [Money(5), Money(1.5), Money(20), Money(0.25)]
    print(sorted(wallet), max(wallet), min(wallet))
    print(Money(0.1) + Money(0.2) == Money(0.3), 0.1 + 0.2 == 0.3)
    print(len({Money(1), Money(1.0), Money(1, "EUR")}))
    prices = {Money(1): "cheap", Money(100): "pricey"}
    print(prices[Money(1.00)])
    print(f"{str(a):>12}|{str(b):<12}|{str(e):^12}|")
    print("Total: %s (%r)" % (a, a))
    print("{} and {!r} and {:}".format(a, b, e))
    print("{0.amount} {0.currency} {1.cents}".format(a, b))

if __name__ == "__main__":
    main()

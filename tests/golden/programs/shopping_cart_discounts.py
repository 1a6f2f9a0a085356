class Discount:
    description = "no discount"

    def amount(self, cart):
        return 0.0

    def __repr__(self):
        return "<" + self.description + ">"


class PercentOff(Discount):
    def __init__(self, pct):
        self.pct = pct
        self.description = "%d%% off everything" % pct

    def amount(self, cart):
        return cart.subtotal() * self.pct / 100


class BuyXGetOne(Discount):
    def __init__(self, sku, x):
        self.sku = sku
        self.x = x
        self.description = "buy %d %s get 1 free" % (x, sku)

    def amount(self, cart):
        line = cart.lines.get(self.sku)
        if not line:
            return 0.0
        free = line.qty // (self.x + 1)
        return free * line.price


class Threshold(Discount):
    def __init__(self, minimum, off):
        self.minimum = minimum
        self.off = off
        self.description = "%.2f off orders over %.2f" % (off, minimum)

    def amount(self, cart):
        return self.off if cart.subtotal() >= self.minimum else 0.0


class LineItem:
    def __init__(self, sku, price, qty):
        self.sku, self.price, self.qty = sku, price, qty

    @property
    def total(self):
        return self.price * self.qty


class Cart:
    TAX = 0.08

    def __init__(self):
        self.lines = {}
        self.discounts = []

    def add(self, sku, price, qty=1):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        if sku in self.lines:
            self.lines[sku].qty += qty
        else:
            self.lines[sku] = LineItem(sku, price, qty)
        return self

    def remove(self, sku, qty=None):
        line = self.lines[sku]
        if qty is None or qty >= line.qty:
            del self.lines[sku]
        else:
            line.qty -= qty

    def subtotal(self):
        return sum(l.total for l in self.lines.values())

    def best_discount(self):
        if not self.discounts:
            return Discount()
        return max(self.discounts, key=lambda d: d.amount(self))

    def total(self):
        d = self.best_discount()
        taxable = max(0.0, self.subtotal() - d.amount(self))
        return round(taxable * (1 + self.TAX), 2)

    def receipt(self):
        out = []
        for l in sorted(self.lines.values(), key=lambda l: l.sku):
            out.append("%-8s %3d x %6.2f = %7.2f" % (l.sku, l.qty, l.price, l.total))
        d = self.best_discount()
        out.append("subtotal %22.2f" % self.subtotal())
        out.append("discount %22.2f  %r" % (-d.amount(self), d))
        out.append("total    %22.2f" % self.total())
        return "\n".join(out)

    def __len__(self):
        return sum(l.qty for l in self.lines.values())


cart = Cart()
cart.add("apple", 0.5, 6).add("bread", 3.25).add("cheese", 7.99, 2)
print(len(cart), cart.subtotal())
print(cart.receipt())
cart.discounts = [PercentOff(10), BuyXGetOne("apple", 2), Threshold(20, 2.5)]
for d in cart.discounts:
    print(repr(d), round(d.amount(cart), 4))
print(cart.receipt())
cart.add("apple", 0.5, 6)
print("best now:", cart.best_discount())
cart.remove("cheese", 1)
cart.remove("bread")
print(len(cart), sorted(cart.lines))
print(cart.receipt())
try:
    cart.add("x", 1, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    cart.remove("bread")
except KeyError as e:
    print(type(e).__name__, e)

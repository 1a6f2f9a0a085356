class OutOfStock(Exception):
    pass


class Product:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __repr__(self):
        return "Product(%r, %r, %.2f, qty=%d)" % (self.sku, self.name, self.price, self.qty)


class Inventory:
    def __init__(self):
        self._items = {}
        self.events = []

    def add(self, product):
        if product.sku in self._items:
            self._items[product.sku].qty += product.qty
            self.events.append("restock " + product.sku)
        else:
            self._items[product.sku] = product
            self.events.append("new " + product.sku)

    def remove(self, sku, qty):
        try:
            product = self._items[sku]
        except KeyError:
            raise KeyError("unknown sku " + sku) from None
        if product.qty < qty:
            raise OutOfStock("%s: wanted %d, only %d left" % (product.name, qty, product.qty))
        product.qty -= qty
        self.events.append("sold %d %s" % (qty, sku))
        return round(product.price * qty, 2)

    def __getitem__(self, sku):
        return self._items[sku]

    def __contains__(self, sku):
        return sku in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda p: p.sku))

    def total_value(self):
        return round(sum(p.value for p in self), 2)

    def low_stock(self, threshold=5):
        return [p.name for p in self if p.qty < threshold]

    def report(self):
        lines = ["%-6s %-10s %8s %5s %9s" % ("SKU", "Name", "Price", "Qty", "Value")]
        for p in self:
            lines.append("%-6s %-10s %8.2f %5d %9.2f" % (p.sku, p.name, p.price, p.qty, p.value))
        lines.append("Total value: %.2f" % self.total_value())
        return "\n".join(lines)


inv = Inventory()
inv.add(Product("A100", "Widget", 2.50, 10))
inv.add(Product("B200", "Gadget", 12.99, 3))
inv.add(Product("C300", "Doohickey", 0.75, 100))
inv.add(Product("A100", "Widget", 2.50, 5))
print(len(inv), "A100" in inv, "Z999" in inv)
print(inv["A100"])
print(inv.report())
print("sale:", inv.remove("B200", 2))
print("sale:", inv.remove("C300", 60))
for sku, qty in [("B200", 5), ("Z999", 1)]:
    try:
        inv.remove(sku, qty)
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("KeyError:", e)
print("low stock:", inv.low_stock())
print("low stock (50):", inv.low_stock(50))
print(inv.report())
print(inv.events)
print([p.sku for p in inv])

class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if not isinstance(v, (int, float)):
            raise TypeError(f"price must be a number, not {type(v).__name__}")
        if v < 0:
            raise ValueError("price must be >= 0")
        self._price = round(v, 2)
    @property
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
    def remove(self, sku, n=1):
        item = self._items[sku]
        if item.qty < n:
            raise ValueError(f"only {item.qty} of {item.name} left")
        item.qty -= n
        if item.qty == 0:
            del self._items[sku]
    def __getitem__(self, sku):
        return self._items[sku]
    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.name))
    def __len__(self):
        return len(self._items)
    def value(self):
        return sum(i.total for i in self._items.values())
    def report(self):
        lines = [f"{'SKU':<6}{'Name':<12}{'Price':>8}{'Qty':>5}{'Total':>10}"]
        lines.append("-" * len(lines[0]))
        for i in self:
            lines.append(f"{i.sku:<6}{i.name:<12}{i.price:>8.2f}{i.qty:>5d}{i.total:>10.2f}")
        lines.append(f"{'TOTAL':<31}{self.value():>10.2f}")
        return "\n".join(lines)
    def low_stock(self, threshold=5):
        return [i.name for i in self if i.qty < threshold]

def main():
    inv = Inventory()
    inv.add(Item("A1", "widget", 2.5, 10))
    inv.add(Item("B2", "gadget", 13.999, 3))
    inv.add(Item("C3", "doohickey", 0.75, 100))
    inv.add(Item("A1", "widget", 2.5, 5))
    print(inv.report())
    print(inv.low_stock(), len(inv))
    inv.remove("B2", 3)
    print(len(inv), [i.sku for i in inv])
    try:
        inv.remove("C3", 1000)
    except ValueError as e:
        print(e)
    try:
        inv["ZZ"]
    except KeyError as e:
        print("no such sku", e)
    try:
        Item("X", "bad", "free")
    except TypeError as e:
        print(e)
    try:
        inv["A1"].price = -1
    except ValueError as e:
        print(e)
    s = {Item("A1", "a", 1), Item("A1", "b", 2), Item("Z", "z", 3)}
    print(len(s))
    print(inv["A1"], inv["A1"].total)
    print(f"{inv.value():,.2f}")
    by_price = sorted(inv, key=lambda i: (-i.price, i.name))
    print(by_price)

if __name__ == "__main__":
    main()

from ..utils import money


class Item:
    kind = "item"

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.name!r}, {money(self.price)}, qty={self.qty})"

    def __lt__(self, other):
        return self.sku < other.sku

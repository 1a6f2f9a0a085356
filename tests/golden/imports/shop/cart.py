print("shop.cart: running, __package__ =", __package__)
from . import pricing
from .pricing import price_of


class Cart:
    def __init__(self):
        self.items = []

    def add(self, name, qty=1):
        self.items.append((name, qty))
        return self

    def total(self):
        return sum(price_of(name) * qty for name, qty in self.items)

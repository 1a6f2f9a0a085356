from .item import Item


class Perishable(Item):
    kind = "perishable"

    def __init__(self, sku, name, price, qty=0, days_left=7):
        super().__init__(sku, name, price, qty)
        self.days_left = days_left

    def value(self):
        # Goods close to their date sell at half price.
        base = super().value()
        return base // 2 if self.days_left <= 2 else base

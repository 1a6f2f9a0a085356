from .models import Item


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


class Store:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if not isinstance(item, Item):
            raise TypeError(f"not an item: {item!r}")
        self._items[item.sku] = item
        return item

    def take(self, sku, n):
        item = self._items[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        return item

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def __len__(self):
        return len(self._items)

    def total(self):
        return sum(i.value() for i in self._items.values())

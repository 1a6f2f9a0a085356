"""Settings layered with ChainMap and stock kept in namedtuples and an OrderedDict."""
from collections import ChainMap, OrderedDict, namedtuple, deque
from functools import reduce, partial, total_ordering

Item = namedtuple("Item", "sku name price qty", defaults=[0])

defaults = {"currency": "EUR", "tax": 0.2, "low_stock": 3}
site = {"tax": 0.1}
cli = {"low_stock": 5}
settings = ChainMap(cli, site, defaults)
print("settings:", dict(settings))

stock = OrderedDict()
for item in [Item("A1", "bolt", 0.25, 100), Item("B2", "nut", 0.1, 2),
             Item("C3", "gear", 4.5, 7), Item("D4", "spring", 1.2)]:
    stock[item.sku] = item

restock = [i for i in stock.values() if i.qty < settings["low_stock"]]
print("restock:", [i.name for i in restock])
stock["B2"] = stock["B2"]._replace(qty=50)
stock.move_to_end("A1")
print("order:", list(stock))

value = reduce(lambda acc, i: acc + i.price * i.qty, stock.values(), 0.0)
with_tax = partial(lambda rate, x: round(x * (1 + rate), 2), settings["tax"])
print(f"stock value: {value:.2f} {settings['currency']}, with tax {with_tax(value)}")


@total_ordering
class Order:
    def __init__(self, sku, n):
        self.sku, self.n = sku, n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


orders = deque([Order("A1", 10), Order("C3", 2), Order("B2", 5)])
orders.rotate(-1)
print("largest order:", max(orders).sku, "smallest:", min(orders).sku)
while orders:
    o = orders.popleft()
    item = stock[o.sku]
    stock[o.sku] = item._replace(qty=item.qty - o.n)
print({sku: i.qty for sku, i in stock.items()})

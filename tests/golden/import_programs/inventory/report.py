from .utils import money, table
from . import store as _store


def summary(s):
    rows = [(i.sku, i.name, i.kind, i.qty, money(i.value())) for i in s]
    return table(rows, ("sku", "name", "kind", "qty", "value")) + f"\ntotal: {money(s.total())}"


def errors():
    return _store.OutOfStock

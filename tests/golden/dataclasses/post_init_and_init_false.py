from dataclasses import dataclass, field, InitVar, asdict
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    total: float = field(init=False, repr=False)
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.total = self.price * self.qty * (1 - discount)
i = Item("widget", 2.5, 4, 0.5)
print(i, i.total, Item("nut", 1.0).total, asdict(i))

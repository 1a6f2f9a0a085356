from dataclasses import dataclass
from typing import ClassVar
@dataclass(eq=False)
class Handle:
    v: int
print(Handle(1) == Handle(1), Handle(2))
@dataclass
class Money:
    cents: int
    currency: ClassVar[str] = "EUR"
    def __repr__(self):
        return f"{self.cents / 100:.2f} {self.currency}"
print(Money(1250), Money(5) == Money(5), Money.__match_args__)
@dataclass
class Move:
    dx: int
    dy: int
for m in [Move(0, 1), Move(2, 0), Move(3, 4)]:
    match m:
        case Move(0, dy):
            print("vertical", dy)
        case Move(dx, 0):
            print("horizontal", dx)
        case Move(dx=x, dy=y):
            print("diagonal", x, y)

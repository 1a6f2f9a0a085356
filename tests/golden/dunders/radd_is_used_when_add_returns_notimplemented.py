class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        print("add", type(other).__name__)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", type(other).__name__)
        if isinstance(other, int):
            return Money(other + self.cents)
        return NotImplemented
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"

print(Money(1) + Money(2))
print(Money(1) + 5)
print(5 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
try:
    Money(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Money(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1.5 + Money(1)
except TypeError as e:
    print(type(e).__name__, e)

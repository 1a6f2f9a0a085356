class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed
        self.available = available
    @property
    def shortfall(self):
        return self.needed - self.available
class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def pay(self, price):
        if price > self.amount:
            raise InsufficientFunds(price, self.amount)
        self.amount -= price
        return self.amount
w = Wallet(10)
for price in [3, 4, 5, 2]:
    try:
        left = w.pay(price)
    except InsufficientFunds as e:
        print("declined:", e, "short by", e.shortfall)
    else:
        print("paid", price, "left", left)
    finally:
        print("balance", w.amount)

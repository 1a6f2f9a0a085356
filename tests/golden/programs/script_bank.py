class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    interest_rate = 0.02
    _count = 0

    def __init__(self, owner: str, balance: float = 0.0) -> None:
        self.owner = owner
        self._balance = balance
        Account._count += 1
        self.id = Account._count
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        self._balance *= (1 + self.interest_rate)

    @classmethod
    def count(cls):
        return cls._count

    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner}: ${self._balance:,.2f}"

class Savings(Account):
    interest_rate = 0.05

    def withdraw(self, amount):
        if amount > 1000:
            raise ValueError("savings limit exceeded")
        return super().withdraw(amount)

def main():
    a = Account("alice", 100)
    b = Savings("bob", 5000)
    a.deposit(50).deposit(25.5)
    print(a)
    print(repr(a))
    try:
        a.withdraw(1000)
    except InsufficientFunds as e:
        print("Error:", e, e.needed, e.available)
        print(type(e).__name__, e.args)
    try:
        b.withdraw(2000)
    except ValueError as e:
        print("ValueError:", e)
    b.withdraw(500)
    b.apply_interest()
    a.apply_interest()
    print(b, a)
    print(Account.count(), Savings.count())
    try:
        a.balance = -5
    except ValueError as err:
        print("caught", err)
    a.balance = 10
    print(a.balance)
    for kind, amt in a.history:
        print(f"{kind:>10}|{amt:<8}|")
    print([str(x) for x in (a, b)])
    print(isinstance(b, Account), issubclass(Savings, Account), type(b).__name__)
    print(Savings.__mro__)
    try:
        a.deposit(-1)
    except ValueError as e:
        print(repr(e))

if __name__ == "__main__":
    main()

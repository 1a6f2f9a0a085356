class InsufficientFundsError(Exception):
    def __init__(self, account, amount):
        super().__init__(
            "Account %s: cannot withdraw %.2f (balance %.2f)" % (account.owner, amount, account.balance)
        )
        self.account = account
        self.amount = amount


class Transaction:
    def __init__(self, kind, amount, balance_after):
        self.kind = kind
        self.amount = amount
        self.balance_after = balance_after

    def __repr__(self):
        return "Transaction(%r, %.2f, %.2f)" % (self.kind, self.amount, self.balance_after)


class BankAccount:
    interest_rate = 0.02
    _next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.history = []
        self.number = BankAccount._next_number
        BankAccount._next_number += 1

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit amount must be positive")
        self._balance += amount
        self.history.append(Transaction("deposit", amount, self._balance))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFundsError(self, amount)
        self._balance -= amount
        self.history.append(Transaction("withdraw", amount, self._balance))
        return self

    def apply_interest(self):
        interest = round(self._balance * self.interest_rate, 2)
        self._balance += interest
        self.history.append(Transaction("interest", interest, self._balance))

    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)

    def __str__(self):
        return "%s #%d: %.2f" % (self.owner, self.number, self._balance)


class SavingsAccount(BankAccount):
    interest_rate = 0.05
    withdrawal_limit = 2

    def __init__(self, owner, balance=0.0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawal_limit:
            raise RuntimeError("Withdrawal limit reached for " + self.owner)
        super().withdraw(amount)
        self.withdrawals += 1
        return self


alice = BankAccount("Alice", 100)
bob = SavingsAccount("Bob", 50)
print(alice)
print(bob)
alice.deposit(50).withdraw(30)
print(alice, alice.balance)
try:
    alice.withdraw(1000)
except InsufficientFundsError as e:
    print("Error:", e)
    print("Requested:", e.amount, "Owner:", e.account.owner)
try:
    alice.deposit(-5)
except ValueError as e:
    print("Error:", e)
alice.transfer(bob, 20)
print(alice)
print(bob)
bob.withdraw(10)
try:
    bob.withdraw(5)
    bob.withdraw(5)
except RuntimeError as e:
    print("Error:", e)
for acct in (alice, bob):
    acct.apply_interest()
    print(acct)
for t in alice.history:
    print(" ", t)
print(bob.history)
try:
    alice.balance = 5
except AttributeError as e:
    print("Error:", e)
print(isinstance(bob, BankAccount), type(bob).__name__, SavingsAccount.__mro__[1].__name__)
print(sorted([alice, bob], key=lambda a: a.balance)[0].owner)

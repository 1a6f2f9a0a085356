import asyncio

class InsufficientFunds(Exception):
    pass

class AsyncAccount:
    def __init__(self, name, balance=0):
        self.name = name
        self.balance = balance
        self.locked = False
        self.history = []
    async def _acquire(self):
        while self.locked:
            await asyncio.sleep(0.01)
        self.locked = True
    def _release(self):
        self.locked = False
    async def withdraw(self, amount, delay):
        await self._acquire()
        try:
            await asyncio.sleep(delay)
            if amount > self.balance:
                raise InsufficientFunds(f"{self.name}: {amount} > {self.balance}")
            self.balance -= amount
            self.history.append(-amount)
            return self.balance
        finally:
            self._release()
    async def deposit(self, amount, delay):
        await self._acquire()
        try:
            await asyncio.sleep(delay)
            self.balance += amount
            self.history.append(amount)
            return self.balance
        finally:
            self._release()

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, name, initial):
        acct = AsyncAccount(name, initial)
        self.accounts[name] = acct
        return acct
    async def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            await a.withdraw(amount, 0.05)
        except InsufficientFunds as e:
            print("  transfer failed:", e)
            return False
        await b.deposit(amount, 0.02)
        print(f"  moved {amount} {src}->{dst}")
        return True
    def summary(self):
        return {n: a.balance for n, a in sorted(self.accounts.items())}

async def main():
    bank = Bank()
    bank.open("alice", 100)
    bank.open("bob", 20)
    results = await asyncio.gather(
        bank.transfer("alice", "bob", 30),
        bank.transfer("bob", "alice", 60),
        bank.transfer("alice", "bob", 50),
        bank.transfer("bob", "alice", 10),
    )
    print(results, bank.summary())
    print(bank.accounts["alice"].history, bank.accounts["bob"].history)
    total = sum(a.balance for a in bank.accounts.values())
    print("total", total)
    tasks = [asyncio.create_task(bank.accounts["bob"].withdraw(40, 0.01)) for _ in range(3)]
    outcomes = []
    for t in tasks:
        try:
            outcomes.append(await t)
        except InsufficientFunds as e:
            outcomes.append(str(e))
    print(outcomes)

if __name__ == "__main__":
    asyncio.run(main())

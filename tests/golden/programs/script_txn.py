class TransactionError(Exception):
    pass

class Ledger:
    def __init__(self, **balances):
        self.balances = dict(balances)
        self.journal = []
    def transaction(self, label):
        return Transaction(self, label)
    def __repr__(self):
        return f"Ledger({', '.join(f'{k}={v}' for k, v in sorted(self.balances.items()))})"

class Transaction:
    def __init__(self, ledger, label):
        self.ledger = ledger
        self.label = label
        self.ops = []
    def __enter__(self):
        self.snapshot = dict(self.ledger.balances)
        print(f"BEGIN {self.label}")
        return self
    def move(self, src, dst, amount):
        if amount <= 0:
            raise TransactionError(f"bad amount {amount}")
        b = self.ledger.balances
        if b.get(src, 0) < amount:
            raise TransactionError(f"{src} has {b.get(src, 0)}, needs {amount}")
        b[src] -= amount
        b[dst] = b.get(dst, 0) + amount
        self.ops.append((src, dst, amount))
    def __exit__(self, et, ev, tb):
        if et is None:
            self.ledger.journal.append((self.label, tuple(self.ops)))
            print(f"COMMIT {self.label} ({len(self.ops)} ops)")
            return False
        self.ledger.balances = self.snapshot
        print(f"ROLLBACK {self.label}: {et.__name__}: {ev}")
        return issubclass(et, TransactionError)

def main():
    L = Ledger(alice=100, bob=50)
    with L.transaction("t1") as t:
        t.move("alice", "bob", 30)
        t.move("bob", "carol", 10)
    print(L)
    with L.transaction("t2") as t:
        t.move("alice", "bob", 10)
        t.move("carol", "alice", 500)
        print("not reached")
    print(L)
    try:
        with L.transaction("t3") as t:
            t.move("bob", "alice", 5)
            raise KeyError("unexpected")
    except KeyError as e:
        print("KeyError escaped:", e)
    print(L)
    with L.transaction("t4") as t:
        t.move("alice", "dave", -1)
    print(L.journal)
    total = sum(L.balances.values())
    print("total", total)
    outcome = []
    for amt in (10, 1000, 20):
        with L.transaction(f"loop{amt}") as t:
            t.move("alice", "bob", amt)
            outcome.append(amt)
    print(outcome, L)

if __name__ == "__main__":
    main()

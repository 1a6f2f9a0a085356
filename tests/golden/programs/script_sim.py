import random

class Customer:
    _next_id = 1
    def __init__(self, arrival, service):
        self.id = Customer._next_id
        Customer._next_id += 1
        self.arrival, self.service = arrival, service
        self.start = None
    @property
    def wait(self):
        return self.start - self.arrival
    def __repr__(self):
        return f"C{self.id}"

class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []
    def free_at(self, t):
        return self.busy_until <= t
    def serve(self, c, t):
        c.start = t
        self.busy_until = t + c.service
        self.served.append(c)

class Bank:
    def __init__(self, n_tellers, seed):
        self.rng = random.Random(seed)
        self.tellers = [Teller(f"T{i}") for i in range(n_tellers)]
        self.queue = []
        self.done = []
    def run(self, minutes):
        for t in range(minutes):
            if self.rng.random() < 0.6:
                c = Customer(t, self.rng.randint(1, 5))
                self.queue.append(c)
            for tel in self.tellers:
                if tel.free_at(t) and self.queue:
                    c = self.queue.pop(0)
                    tel.serve(c, t)
                    self.done.append(c)
            if t % 10 == 9:
                print(f"t={t:>2} queue={len(self.queue):>2} " + " ".join(f"{x.name}:{'busy' if not x.free_at(t) else 'idle'}" for x in self.tellers))
    def stats(self):
        waits = [c.wait for c in self.done]
        avg = sum(waits) / len(waits) if waits else 0
        longest = max(self.done, key=lambda c: (c.wait, -c.id))
        return {"served": len(self.done), "avg_wait": round(avg, 3), "max_wait": longest.wait,
                "longest": repr(longest), "per_teller": {t.name: len(t.served) for t in self.tellers}}

def main():
    for n in (1, 2, 3):
        Customer._next_id = 1
        b = Bank(n, seed=123)
        b.run(40)
        print(n, b.stats())

if __name__ == "__main__":
    main()

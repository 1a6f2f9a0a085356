import asyncio

class Job:
    def __init__(self, name, steps, delay):
        self.name, self.steps, self.delay = name, steps, delay
        self.progress = 0
    async def run(self, log):
        for i in range(self.steps):
            await asyncio.sleep(self.delay)
            self.progress += 1
            log.append(f"{self.name}{i}")
        return self.name.upper()

class Scheduler:
    def __init__(self):
        self.log = []
        self.tasks = {}
    def submit(self, job):
        self.tasks[job.name] = asyncio.create_task(job.run(self.log))
        return self.tasks[job.name]
    async def wait_all(self):
        out = {}
        for name, t in self.tasks.items():
            out[name] = await t
        return out

class Account:
    def __init__(self, balance):
        self.balance = balance
    async def transfer(self, amount, label):
        b = self.balance
        await asyncio.sleep(0)
        self.balance = b - amount
        print(f"  {label}: {b} -> {self.balance}")

async def ping(n, log):
    for i in range(n):
        log.append(f"ping{i}")
        await asyncio.sleep(0)

async def pong(n, log):
    for i in range(n):
        log.append(f"pong{i}")
        await asyncio.sleep(0)

async def compute(x):
    await asyncio.sleep(0.01 * x)
    return x ** 2

async def chain():
    a = await compute(2)
    b = await compute(a)
    return a + b

async def main():
    s = Scheduler()
    s.submit(Job("a", 3, 0.1))
    s.submit(Job("b", 2, 0.25))
    s.submit(Job("c", 1, 0.35))
    print(await s.wait_all())
    print(s.log)
    log = []
    await asyncio.gather(ping(3, log), pong(3, log))
    print(log)
    acct = Account(100)
    await asyncio.gather(acct.transfer(10, "t1"), acct.transfer(20, "t2"))
    print("final balance (race):", acct.balance)
    print(await chain())
    coro = compute(3)
    print(type(coro).__name__)
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    results = []
    async def collect(x):
        results.append(await compute(x))
    await asyncio.gather(*[collect(x) for x in (5, 1, 3, 2, 4)])
    print(results)
    t = asyncio.create_task(compute(1))
    print(t.done())
    await asyncio.sleep(0.05)
    print(t.done(), t.result())
    log2 = []
    async def starter(i):
        log2.append(f"start{i}")
        await asyncio.sleep(0.01 * (3 - i))
        log2.append(f"end{i}")
    ts = [asyncio.create_task(starter(i)) for i in range(3)]
    log2.append("created")
    await asyncio.sleep(0)
    log2.append("after yield")
    for t in ts:
        await t
    print(log2)

if __name__ == "__main__":
    asyncio.run(main())
    print("done")

import asyncio

class Worker:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = []
    async def process(self, job):
        print(f"{self.name} start {job}")
        await asyncio.sleep(self.delay)
        self.done.append(job)
        print(f"{self.name} finish {job}")
        return f"{job}:{self.name}"
    async def run(self, jobs):
        results = []
        for j in jobs:
            results.append(await self.process(j))
        return results

class Pipeline:
    def __init__(self):
        self.log = []
    async def stage(self, name, value, delay):
        await asyncio.sleep(delay)
        self.log.append(name)
        return value * 2

async def main():
    w1 = Worker("fast", 0.1)
    w2 = Worker("slow", 0.25)
    r = await asyncio.gather(w1.run(["a", "b", "c"]), w2.run(["x", "y"]))
    print(r)
    print(w1.done, w2.done)
    p = Pipeline()
    t1 = asyncio.create_task(p.stage("one", 1, 0.3))
    t2 = asyncio.create_task(p.stage("two", 2, 0.1))
    t3 = asyncio.create_task(p.stage("three", 3, 0.2))
    print(t1.done())
    res = [await t1, await t2, await t3]
    print(res, p.log, t1.done(), t2.result())
    vals = await asyncio.gather(*(p.stage(f"s{i}", i, 0.05 * (5 - i)) for i in range(5)))
    print(vals, p.log[-5:])

if __name__ == "__main__":
    asyncio.run(main())

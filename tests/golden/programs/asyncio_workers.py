import asyncio


class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __repr__(self):
        return "Job(" + self.name + ")"


class Worker:
    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.done = []

    async def process(self, job):
        self.log.append("%s start %s" % (self.name, job.name))
        for _ in range(abs(job.cost)):
            await asyncio.sleep(0)
        if job.cost < 0:
            raise ValueError("negative cost for " + job.name)
        self.done.append(job.name)
        self.log.append("%s finish %s" % (self.name, job.name))
        return job.name.upper()

    async def run_all(self, jobs):
        results = []
        for job in jobs:
            results.append(await self.process(job))
        return results


class Pool:
    def __init__(self, size):
        self.log = []
        self.workers = [Worker("w%d" % i, self.log) for i in range(size)]

    async def run(self, jobs):
        buckets = [[] for _ in self.workers]
        for i, job in enumerate(jobs):
            buckets[i % len(self.workers)].append(job)
        tasks = [asyncio.create_task(w.run_all(b)) for w, b in zip(self.workers, buckets)]
        return await asyncio.gather(*tasks)


async def main():
    pool = Pool(2)
    jobs = [Job("a", 5), Job("b", 1), Job("c", 1), Job("d", 2)]
    results = await pool.run(jobs)
    print("results:", results)
    for line in pool.log:
        print(line)
    print([w.done for w in pool.workers])

    w = Worker("solo", [])
    outcomes = await asyncio.gather(w.process(Job("ok", 1)), w.process(Job("bad", -1)), return_exceptions=True)
    print([type(o).__name__ + ":" + str(o) for o in outcomes])

    try:
        await w.process(Job("bad2", -2))
    except ValueError as e:
        print("caught", type(e).__name__, e)

    await asyncio.sleep(0.01)
    task = asyncio.create_task(w.process(Job("later", 2)))
    print("task done before await?", task.done())
    value = await task
    print("task result", value, task.done(), task.result())
    print(w.done)

    class Counter:
        def __init__(self):
            self.value = 0

        async def bump(self, times):
            for _ in range(times):
                current = self.value
                await asyncio.sleep(0)
                self.value = current + 1

    c = Counter()
    await asyncio.gather(c.bump(3), c.bump(3))
    print("racy counter:", c.value)


asyncio.run(main())
print("after asyncio.run")

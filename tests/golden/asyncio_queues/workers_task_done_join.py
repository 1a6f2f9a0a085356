import asyncio


async def worker(name, queue, done):
    while True:
        job = await queue.get()
        await asyncio.sleep(job / 100)
        done.append((name, job))
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    for job in [3, 1, 4, 1, 5, 9, 2, 8]:
        queue.put_nowait(job)
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, done)) for i in range(3)]
    await queue.join()
    print("all jobs processed:", len(done))
    for name, job in done:
        print(name, job)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])


asyncio.run(main())

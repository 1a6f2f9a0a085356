import asyncio


async def slow_worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.02)
        print("processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    print("join on an empty queue returns at once")
    await q.join()
    w = asyncio.create_task(slow_worker(q))
    for i in range(3):
        q.put_nowait(i)
    joiners = [asyncio.create_task(q.join()) for _ in range(2)]
    await asyncio.sleep(0.03)
    print("joined yet?", [j.done() for j in joiners])
    await asyncio.gather(*joiners)
    print("both joined")
    w.cancel()


asyncio.run(main())

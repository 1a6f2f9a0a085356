# A thousand tasks each yield twice; all finish and their results add up.
import asyncio

async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i * i

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(1000)]
    done_before = [t.done() for t in tasks].count(True)
    total = 0
    for t in tasks:
        total += await t
    print(done_before, total, all([t.done() for t in tasks]))

asyncio.run(main())

# Producers and consumers hand 200,000 items over bounded asyncio.Queues.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item & 255
        q.task_done()


async def main():
    queues = [asyncio.Queue(maxsize=16) for _ in range(4)]
    producers = [asyncio.create_task(producer(q, 50000)) for q in queues]
    totals = await asyncio.gather(*(consumer(q) for q in queues))
    await asyncio.gather(*producers)
    return sum(totals)


print("queue_handoff", asyncio.run(main()))

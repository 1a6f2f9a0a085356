import asyncio


async def main():
    lifo = asyncio.LifoQueue()
    for x in "abcd":
        await lifo.put(x)
    print([lifo.get_nowait() for _ in range(lifo.qsize())])
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
        pq.put_nowait(item)
    while not pq.empty():
        print(await pq.get())
    nums = asyncio.PriorityQueue()
    for n in [5, 3, 8, 1, 9, 2, 7, 3, 1, 6]:
        nums.put_nowait(n)
    print([nums.get_nowait() for _ in range(nums.qsize())])
    print(isinstance(pq, asyncio.Queue), isinstance(lifo, asyncio.Queue))


asyncio.run(main())

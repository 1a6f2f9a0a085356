import asyncio


async def producer(q):
    for i in range(3):
        await q.put(i)
        print("put", i)


async def main():
    q = asyncio.Queue(maxsize=1)
    asyncio.create_task(producer(q))
    for _ in range(3):
        await asyncio.sleep(0)
        print("get", await q.get())
    print(q.maxsize, q.empty(), q.full())


asyncio.run(main())

import asyncio


async def consumer(q, n):
    while True:
        print("consumer", n, "got", await q.get())


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(q, n)) for n in (1, 2)]
    await asyncio.sleep(0)
    for i in "abc":
        q.put_nowait(i)
    print("main took", q.get_nowait())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for t in tasks:
        t.cancel()


asyncio.run(main())

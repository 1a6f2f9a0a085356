# coro-only: python3 waits forever here; Coro reports the deadlock and what each task waits in
import asyncio


async def consumer(q):
    while True:
        item = await q.get()
        print("got", item)


async def holder(lock, ev):
    async with lock:
        await ev.wait()


async def main():
    q = asyncio.Queue()
    lock, ev = asyncio.Lock(), asyncio.Event()
    asyncio.create_task(consumer(q))
    asyncio.create_task(holder(lock, ev))
    await asyncio.sleep(0)
    q.put_nowait(1)
    await lock.acquire()


asyncio.run(main())

import asyncio


async def poll(q, name):
    while True:
        try:
            item = await asyncio.wait_for(q.get(), timeout=0.05)
        except asyncio.TimeoutError:
            print(name, "idle, giving up")
            return
        print(name, "got", item)
        q.task_done()


async def feeder(q):
    for i in range(4):
        await asyncio.sleep(0.02)
        await q.put(i)


async def main():
    q = asyncio.Queue()
    await asyncio.gather(poll(q, "poller"), feeder(q))
    print("left in queue:", q.qsize(), str(q))


asyncio.run(main())

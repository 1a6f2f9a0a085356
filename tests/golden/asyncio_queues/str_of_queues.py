import asyncio


async def main():
    q = asyncio.Queue()
    print(str(q))
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q))
    q.get_nowait()
    print(str(q))
    q.task_done()
    print(str(q))
    print(str(asyncio.Queue(maxsize=3)), str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(2)))
    getters = [asyncio.create_task(q.get()) for _ in range(3)]
    await asyncio.sleep(0)
    print(str(q), getters[0].result())
    r = repr(q)
    print(r.startswith("<Queue at 0x"), r.endswith(" maxsize=0 _getters[2] tasks=1>"))
    for g in getters:
        g.cancel()
    await asyncio.sleep(0)
    print(str(q))


asyncio.run(main())

import asyncio


async def main():
    ev = asyncio.Event()
    r = repr(ev)
    print(r.startswith("<asyncio.locks.Event object at 0x"), r.endswith(" [unset]>"))
    t1 = asyncio.create_task(ev.wait())
    t2 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    print(repr(ev).split(" [")[1])
    t1.cancel()
    await asyncio.sleep(0)
    print(repr(ev).split(" [")[1], t1.cancelled())
    ev.set()
    print(repr(ev).split(" [")[1])
    print(await t2)
    print(repr(ev).split(" [")[1])


asyncio.run(main())

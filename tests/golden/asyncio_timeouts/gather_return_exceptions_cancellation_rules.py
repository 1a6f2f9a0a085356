import asyncio

async def child(n, swallow=False):
    try:
        await asyncio.sleep(0.05)
        return n
    except asyncio.CancelledError:
        if swallow:
            return f"{n} swallowed"
        raise

async def main():
    g = asyncio.gather(child(1), child(2, swallow=True), return_exceptions=True)
    await asyncio.sleep(0.01)
    print(g.cancel())
    try:
        print(await g)
    except asyncio.CancelledError as e:
        print("outer cancelled", repr(e), g.cancelled())
    g2 = asyncio.gather(child(3, True), child(4, True), return_exceptions=True)
    await asyncio.sleep(0.01)
    g2.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 cancelled even though children swallowed", g2.cancelled())
    t = asyncio.create_task(child(5))
    g3 = asyncio.gather(t, child(6), return_exceptions=True)
    await asyncio.sleep(0.01)
    t.cancel()
    print(await g3)
    async def waiter():
        return await asyncio.gather(child(7), child(8), return_exceptions=True)
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled", w.cancelled())

asyncio.run(main())

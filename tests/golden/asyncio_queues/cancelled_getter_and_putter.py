import asyncio


async def main():
    q = asyncio.Queue(maxsize=1)
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled")
    await q.put("x")
    print("queue after put:", str(q))
    putter = asyncio.create_task(q.put("y"))
    await asyncio.sleep(0)
    print("with a blocked putter:", str(q))
    putter.cancel()
    await asyncio.sleep(0)
    print("putter cancelled:", putter.cancelled(), str(q))
    print(q.get_nowait(), q.empty())
    # Woken by put_nowait, then cancelled before running: the item goes to
    # the next getter.
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    q.put_nowait("z")
    g1.cancel()
    print(await g2, g1.cancelled())


asyncio.run(main())

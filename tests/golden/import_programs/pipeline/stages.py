import asyncio

from .config import DELAYS, STOP


async def produce(q, items):
    for x in items:
        await asyncio.sleep(DELAYS["produce"])
        await q.put(x)
        print(f"produced {x}")
    await q.put(STOP)


async def transform(inq, outq, fn):
    while True:
        x = await inq.get()
        if x is STOP:
            await outq.put(STOP)
            return
        await asyncio.sleep(DELAYS["transform"])
        await outq.put(fn(x))


async def collect(q):
    out = []
    while True:
        x = await q.get()
        if x is STOP:
            return out
        print(f"collected {x}")
        out.append(x)

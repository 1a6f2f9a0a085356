# A task can await another task; both get the producer's result.
import asyncio

async def producer():
    await asyncio.sleep(0.02)
    print("producer done")
    return 42

async def consumer(name, t):
    print(name, "waiting")
    v = await t
    print(name, "got", v)
    return v + 1

async def main():
    p = asyncio.create_task(producer())
    c1 = asyncio.create_task(consumer("c1", p))
    c2 = asyncio.create_task(consumer("c2", p))
    print(await c1, await c2, await p)

asyncio.run(main())

import asyncio


async def job(sem, n):
    async with sem:
        print("in", n)
        await asyncio.sleep(0)
        print("out", n)


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, n) for n in range(4)))
    print("value back to", sem._value if hasattr(sem, "_value") else 2)


asyncio.run(main())

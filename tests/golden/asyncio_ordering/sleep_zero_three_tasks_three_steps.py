# Three tasks of three steps each interleave step by step through sleep(0).
import asyncio

async def worker(name):
    for step in range(3):
        print(name, "step", step)
        await asyncio.sleep(0)
    return name

async def main():
    print(await asyncio.gather(worker("a"), worker("b"), worker("c")))

asyncio.run(main())

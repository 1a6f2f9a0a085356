# coro-only: Coro refuses async generators (they need generators on the fiber); python3 runs this file
import asyncio


async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    async for i in ticks(3):
        print(i)


asyncio.run(main())

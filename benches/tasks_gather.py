# Spawn and gather 100,000 tasks that each yield a few times.
import asyncio

async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i & 255

async def main():
    results = await asyncio.gather(*[worker(i) for i in range(100000)])
    return sum(results)

print("tasks_gather", asyncio.run(main()))

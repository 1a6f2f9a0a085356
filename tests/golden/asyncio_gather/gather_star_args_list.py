# gather(*list) of many coroutines; values flow back in order.
import asyncio

async def square(n):
    await asyncio.sleep(0.001 * (10 - n))
    return n * n

async def main():
    coros = [square(n) for n in range(10)]
    results = await asyncio.gather(*coros)
    print(results, sum(results))

asyncio.run(main())

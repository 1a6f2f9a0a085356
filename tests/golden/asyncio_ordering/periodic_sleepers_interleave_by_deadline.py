# Two tasks sleeping in loops with different periods print in deadline order.
import asyncio

async def periodic(name, period, times):
    for i in range(1, times + 1):
        await asyncio.sleep(period)
        print(name, i, f"(t={period * i * 1000:.0f} ms)")

async def main():
    await asyncio.gather(periodic("a", 0.03, 3), periodic("b", 0.04, 3))

asyncio.run(main())

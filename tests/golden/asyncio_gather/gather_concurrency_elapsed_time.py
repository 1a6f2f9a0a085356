# Gathered sleeps overlap: total time is the longest sleep, not the sum.
import asyncio
import time

async def pause(d):
    await asyncio.sleep(d)
    return d

async def main():
    t0 = time.perf_counter()
    r = await asyncio.gather(pause(0.1), pause(0.2), pause(0.1))
    print(r, f"{time.perf_counter() - t0:.1f}")
    t0 = time.perf_counter()
    for d in (0.1, 0.1):
        await pause(d)
    print(f"sequential {time.perf_counter() - t0:.1f}")

asyncio.run(main())

# coro-only: sleeps for an hour; under the virtual clock it finishes at once
import asyncio, time

async def sleeper(n):
    await asyncio.sleep(3600 * n)
    return n

async def main():
    t0 = time.perf_counter()
    print(await asyncio.gather(sleeper(1), sleeper(0.5)))
    print(f"took {time.perf_counter() - t0:.3f}s")

asyncio.run(main())

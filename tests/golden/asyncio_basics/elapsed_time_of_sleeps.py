# Sequential sleeps add up; elapsed time is printed rounded to 0.1 s.
import asyncio
import time

async def main():
    t0 = time.perf_counter()
    await asyncio.sleep(0.1)
    print(f"after one sleep: {time.perf_counter() - t0:.1f}")
    await asyncio.sleep(0.1)
    await asyncio.sleep(0.1)
    print(f"after three sleeps: {time.perf_counter() - t0:.1f}")
    m0 = time.monotonic()
    await asyncio.gather(asyncio.sleep(0.2), asyncio.sleep(0.2))
    print(f"gathered sleeps: {time.monotonic() - m0:.1f}")

asyncio.run(main())

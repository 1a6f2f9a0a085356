import asyncio
import time


class Timer:
    """An async context manager measuring how long its body took."""

    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        self.start = time.monotonic()
        return self

    async def __aexit__(self, *exc):
        self.elapsed = time.monotonic() - self.start
        print(f"{self.label}: {self.elapsed:.1f}s")
        return False


async def fetch(n):
    await asyncio.sleep(0.1 * n)
    return n * 10


async def main():
    async with Timer("sequential"):
        for n in (1, 2):
            await fetch(n)
    async with Timer("concurrent") as t:
        results = await asyncio.gather(fetch(1), fetch(2))
    print(results, round(t.elapsed, 1))


asyncio.run(main())

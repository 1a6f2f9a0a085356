import asyncio
import time


async def fetch(sem, url, started):
    async with sem:
        started.append((url, round(time.monotonic() - T0, 1)))
        await asyncio.sleep(0.1)
        return len(url)


async def main():
    global T0
    T0 = time.monotonic()
    sem = asyncio.Semaphore(2)
    started = []
    urls = ["a.com", "bb.org", "ccc.net", "dddd.io", "eeeee.dev"]
    sizes = await asyncio.gather(*(fetch(sem, u, started) for u in urls))
    print(sizes)
    for url, at in started:
        print(f"{url:>10} started at {at}")
    print("total", round(time.monotonic() - T0, 1))


asyncio.run(main())

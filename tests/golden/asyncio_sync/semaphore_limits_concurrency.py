import asyncio


async def download(sem, n, active, peak):
    async with sem:
        active.append(n)
        peak[0] = max(peak[0], len(active))
        print("start", n, "active", sorted(active))
        await asyncio.sleep(0.05 * (n + 1))
        active.remove(n)
        print("end", n)


async def main():
    sem = asyncio.Semaphore(3)
    active, peak = [], [0]
    await asyncio.gather(*(download(sem, n, active, peak) for n in range(8)))
    print("peak concurrency:", peak[0])


asyncio.run(main())

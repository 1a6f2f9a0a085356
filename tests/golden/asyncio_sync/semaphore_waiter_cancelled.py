import asyncio


async def main():
    sem = asyncio.Semaphore(1)
    log = []

    async def user(name, hold):
        try:
            async with sem:
                log.append(name + " in")
                await asyncio.sleep(hold)
                log.append(name + " out")
        except asyncio.CancelledError:
            log.append(name + " cancelled")

    tasks = [asyncio.create_task(user(n, 0.05)) for n in "abcd"]
    await asyncio.sleep(0.01)
    tasks[1].cancel()  # b is queued
    await asyncio.sleep(0.06)
    tasks[2].cancel()  # c holds it now
    await asyncio.gather(*tasks)
    print(log)
    print("free again:", not sem.locked())
    # Woken by a release, then cancelled before running: the place goes on.
    await sem.acquire()
    w1 = asyncio.create_task(sem.acquire())
    w2 = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    sem.release()
    w1.cancel()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print(w1.cancelled(), w2.result(), sem.locked())


asyncio.run(main())

import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    log = []

    async def waiter(name):
        try:
            await lock.acquire()
        except asyncio.CancelledError:
            log.append(name + " cancelled")
            raise
        log.append(name + " got it")
        lock.release()

    a = asyncio.create_task(waiter("a"))
    b = asyncio.create_task(waiter("b"))
    await asyncio.sleep(0)
    lock.release()  # wakes a ...
    a.cancel()  # ... which is cancelled before it runs: b must get the lock
    await asyncio.gather(a, b, return_exceptions=True)
    print(log, lock.locked())


asyncio.run(main())

import asyncio


async def holder(lock, log):
    async with lock:
        log.append("holder in")
        await asyncio.sleep(0.05)
        log.append("holder out")


async def waiter(lock, name, log):
    try:
        async with lock:
            log.append(name + " in")
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise


async def main():
    lock = asyncio.Lock()
    log = []
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    a = asyncio.create_task(waiter(lock, "a", log))
    b = asyncio.create_task(waiter(lock, "b", log))
    await asyncio.sleep(0.01)
    a.cancel()
    await asyncio.gather(h, a, b, return_exceptions=True)
    print(log)
    print("locked at the end?", lock.locked())


asyncio.run(main())

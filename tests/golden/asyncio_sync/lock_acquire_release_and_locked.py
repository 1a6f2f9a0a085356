import asyncio


async def main():
    lock = asyncio.Lock()
    print("locked?", lock.locked())
    print("acquire ->", await lock.acquire())
    print("locked?", lock.locked())
    lock.release()
    print("locked?", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as entered:
        print("inside, as-target is", entered, "locked?", lock.locked())
    print("after, locked?", lock.locked())
    try:
        async with lock:
            raise ValueError("boom")
    except ValueError:
        print("released on error?", not lock.locked())
    print(repr(lock).endswith("[unlocked]>"), repr(lock).startswith("<asyncio.locks.Lock object at 0x"))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split(" [")[1])
    lock.release()
    await waiter
    print(repr(lock).split(" [")[1])


asyncio.run(main())

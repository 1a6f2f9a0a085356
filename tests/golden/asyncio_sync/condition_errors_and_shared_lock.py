import asyncio


async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with lock:
        print("condition sees the lock held:", shared.locked())
    print(shared.locked())
    r = repr(cond)
    print(r.startswith("<asyncio.locks.Condition object at 0x"), r.split(" [")[1])
    waiter = asyncio.create_task(cond.acquire())
    await waiter
    print(repr(cond).split(" [")[1])
    cond.release()
    t = asyncio.create_task(cond.wait_for(lambda: True))
    # wait_for with a true predicate returns at once, even without the lock
    print(await t)


asyncio.run(main())

import asyncio


async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked(), await sem.acquire(), sem.locked(), await sem.acquire(), sem.locked())
    sem.release()
    sem.release()
    sem.release()  # a plain Semaphore may go above its start value
    print("locked?", sem.locked())
    r = repr(sem)
    print(r.startswith("<asyncio.locks.Semaphore object at 0x"), r.split(" [")[1])
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    zero = asyncio.Semaphore(0)
    print("zero locked?", zero.locked(), repr(zero).split(" [")[1])
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("bounded inside", b.locked())
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(isinstance(b, asyncio.Semaphore), type(b).__name__)
    waiter = asyncio.create_task(zero.acquire())
    await asyncio.sleep(0)
    print(repr(zero).split(" [")[1])
    zero.release()
    print(await waiter, repr(zero).split(" [")[1])


asyncio.run(main())

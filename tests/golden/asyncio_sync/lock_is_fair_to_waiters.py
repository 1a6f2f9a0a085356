import asyncio


async def greedy(lock):
    async with lock:
        print("greedy has it")
        await asyncio.sleep(0)
    async with lock:
        print("greedy again")


async def polite(lock):
    async with lock:
        print("polite")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(greedy(lock), polite(lock))
    # Waiters get the lock in the order they asked for it.
    order = []

    async def worker(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0)

    await asyncio.gather(*(worker(n) for n in range(5)))
    print(order)


asyncio.run(main())

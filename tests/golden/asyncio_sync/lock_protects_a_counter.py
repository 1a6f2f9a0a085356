import asyncio

counter = 0


async def increment(lock, name, times):
    global counter
    for _ in range(times):
        async with lock:
            value = counter
            await asyncio.sleep(0)  # another task would read the same value
            counter = value + 1
    print(name, "done")


async def unsafe_increment(times):
    global counter
    for _ in range(times):
        value = counter
        await asyncio.sleep(0)
        counter = value + 1


async def main():
    global counter
    lock = asyncio.Lock()
    await asyncio.gather(*(increment(lock, f"task{i}", 5) for i in range(4)))
    print("with a lock:", counter)
    counter = 0
    await asyncio.gather(*(unsafe_increment(5) for i in range(4)))
    print("without a lock:", counter)


asyncio.run(main())

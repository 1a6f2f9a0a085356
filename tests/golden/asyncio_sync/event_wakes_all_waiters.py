import asyncio


async def waiter(event, n):
    print("waiter", n, "waiting")
    await event.wait()
    print("waiter", n, "woke")


async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in range(3)]
    await asyncio.sleep(0.01)
    print("setting")
    event.set()
    event.clear()  # too late to undo the wake-ups
    print("set+clear, is_set:", event.is_set())
    await asyncio.gather(*tasks)


asyncio.run(main())

import asyncio


async def other():
    print("other runs")


async def main():
    event = asyncio.Event()
    event.set()
    asyncio.create_task(other())
    print("wait ->", await event.wait())
    print("still before other")
    await asyncio.sleep(0)
    event.set()  # setting twice is harmless
    print(event.is_set())
    event.clear()
    print(event.is_set())


asyncio.run(main())

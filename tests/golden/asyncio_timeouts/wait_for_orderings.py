import asyncio


async def tick():
    for i in range(8):
        print("tick", i)
        await asyncio.sleep(0)


async def child():
    print("child runs")
    return 1


async def main():
    asyncio.create_task(tick())
    await asyncio.sleep(0)
    print("wait_for", await asyncio.wait_for(child(), 1))
    print("plain await", await asyncio.wait_for(child(), None))
    await asyncio.sleep(0)


asyncio.run(main())

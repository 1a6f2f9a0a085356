import asyncio


async def waiter(cond, n):
    async with cond:
        await cond.wait()
        print("woke", n)


async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(waiter(cond, n)) for n in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
        print("notified")
    await asyncio.sleep(0)
    print("main")
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())

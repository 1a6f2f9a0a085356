import asyncio


async def noop():
    await asyncio.sleep(0)
    return 1


async def main():
    await asyncio.wait_for(noop(), 1)  # one task
    await asyncio.wait_for(noop(), None)  # no task
    await asyncio.shield(noop())  # one task
    for f in asyncio.as_completed([noop(), noop()]):  # two tasks
        await f
    async with asyncio.timeout(1):  # none
        await noop()
    print(asyncio.create_task(noop()).get_name())


asyncio.run(main())

# current_task().get_name(): the main task is Task-1 and named tasks keep their name.
import asyncio

async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(who(), name="worker")
    print(t.get_name(), await t)
    u = asyncio.create_task(who(), name="second")
    print(await u)

asyncio.run(main())

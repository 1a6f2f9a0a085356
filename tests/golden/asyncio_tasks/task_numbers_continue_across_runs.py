import asyncio

async def noop():
    pass

async def main():
    print(asyncio.current_task().get_name())
    t = asyncio.create_task(noop())
    named = asyncio.create_task(noop(), name="custom")
    print(t.get_name(), named.get_name())
    await asyncio.gather(t, named)

asyncio.run(main())
asyncio.run(main())

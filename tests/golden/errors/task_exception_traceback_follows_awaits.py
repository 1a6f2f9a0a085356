import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main():
    t = asyncio.create_task(worker())
    await t

asyncio.run(main())

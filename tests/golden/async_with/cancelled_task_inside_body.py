import asyncio


class Session:
    async def __aenter__(self):
        print("session open")
        return self

    async def __aexit__(self, t, e, tb):
        print("session close, saw", t.__name__ if t else None)
        await asyncio.sleep(0)
        print("session closed")


async def worker():
    async with Session():
        print("working")
        await asyncio.sleep(10)
        print("never finishes")


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("worker cancelled:", task.cancelled())


asyncio.run(main())

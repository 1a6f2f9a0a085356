# A task that catches CancelledError and returns normally is not cancelled.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("caught cancellation")
        await asyncio.sleep(0.01)
        return "finished anyway"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

asyncio.run(main())

# cancel() on a finished task returns False and leaves its result alone.
import asyncio

async def quick():
    return "done"

async def main():
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(t.done(), t.cancel(), t.cancelled(), t.result())

asyncio.run(main())

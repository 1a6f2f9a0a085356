# coro-only: Coro has no threads; python3 runs this file
import asyncio
import time


async def main():
    print("before")
    await asyncio.to_thread(time.sleep, 0.01)


asyncio.run(main())

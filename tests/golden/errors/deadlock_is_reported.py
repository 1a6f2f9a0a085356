# coro-only: python3 waits forever on a future nobody completes; Coro reports the deadlock
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    print("waiting")
    await fut

asyncio.run(main())

# coro-only: Coro has no asyncio.TaskGroup yet (it needs ExceptionGroup and except*); python3 runs this file
import asyncio


async def main():
    print("before")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(0))


asyncio.run(main())

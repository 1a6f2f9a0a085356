# ASYNCIO.md §12 #1: `await coro()` does not yield, so a new task waits until main really suspends.
import asyncio

async def other():
    print("other")

async def hello():
    print("hello")

async def main():
    asyncio.create_task(other())
    await hello()
    print("main still first")
    await asyncio.sleep(0)
    print("main after yield")

asyncio.run(main())

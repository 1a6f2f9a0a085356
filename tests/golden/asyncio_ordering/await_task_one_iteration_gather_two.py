# ASYNCIO.md §12 #3: `await task` resumes 1 iteration after the child finishes; `await gather(...)` resumes 2 after.
import asyncio

async def tick():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0)

async def child():
    print("child")
    return 1

async def main():
    asyncio.create_task(tick())
    await asyncio.sleep(0)
    print("task", await asyncio.create_task(child()))
    print("gather", await asyncio.gather(child()))

asyncio.run(main())

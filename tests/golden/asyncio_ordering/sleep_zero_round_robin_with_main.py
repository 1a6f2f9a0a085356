# ASYNCIO.md §12 #2: sleep(0) puts main after every new task's first step, but before their second steps.
import asyncio

async def w(n):
    print("start", n)
    await asyncio.sleep(0)
    print("end", n)

async def main():
    for i in range(3):
        asyncio.create_task(w(i))
    print("created")
    await asyncio.sleep(0)
    print("main 1")
    await asyncio.sleep(0)
    print("main 2")

asyncio.run(main())

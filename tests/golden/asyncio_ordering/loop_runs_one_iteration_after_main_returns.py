# ASYNCIO.md §12 #7: after main returns the loop runs one more iteration, then cancels pending tasks.
import asyncio

async def tick():
    for i in range(9):
        print("tick", i)
        await asyncio.sleep(0)

async def bg():
    try:
        await asyncio.sleep(10)
    finally:
        print("bg finally")

async def main():
    asyncio.create_task(tick())
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    print("main returns")

asyncio.run(main())
print("after run")

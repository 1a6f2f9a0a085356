# ASYNCIO.md §12 #4: a due timer resolves the future in one iteration and the task runs in the next.
import asyncio
import time

async def sleeper():
    await asyncio.sleep(0.01)
    print("sleeper woke")

async def spinner():
    time.sleep(0.05)  # the timer is overdue before the loop looks
    for i in range(3):
        await asyncio.sleep(0)
        print("spin", i)

async def main():
    asyncio.create_task(sleeper())
    asyncio.create_task(spinner())
    await asyncio.sleep(0.2)

asyncio.run(main())

# Tasks created up front run concurrently while main awaits them one by one.
import asyncio

async def job(name, delay):
    print(name, "started")
    await asyncio.sleep(delay)
    print(name, "finished")
    return name

async def main():
    t1 = asyncio.create_task(job("first", 0.05))
    t2 = asyncio.create_task(job("second", 0.02))
    print("tasks created")
    print("awaited", await t1)
    print("t2 already done:", t2.done())
    print("awaited", await t2)

asyncio.run(main())

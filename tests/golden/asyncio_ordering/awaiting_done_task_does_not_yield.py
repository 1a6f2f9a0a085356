# ASYNCIO.md §6: awaiting a finished task returns at once without letting others run.
import asyncio

async def a():
    print("a")
    return 1

async def b():
    print("b")
    return 2

async def main():
    t1 = asyncio.create_task(a())
    t2 = asyncio.create_task(b())
    print("m1")
    print(await t1)
    print("m2", t2.done())
    print(await t2)
    print("m3")

asyncio.run(main())

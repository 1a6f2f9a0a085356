# gather accepts tasks and coroutines together; a finished task contributes its result.
import asyncio

async def value(v, d):
    await asyncio.sleep(d)
    print("produced", v)
    return v

async def main():
    t = asyncio.create_task(value("task", 0.01))
    await asyncio.sleep(0.03)
    print("task done before gather:", t.done())
    print(await asyncio.gather(t, value("coro", 0.01), asyncio.create_task(value("new task", 0))))

asyncio.run(main())

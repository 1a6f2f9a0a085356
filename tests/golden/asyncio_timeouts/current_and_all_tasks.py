import asyncio


async def worker(n):
    me = asyncio.current_task()
    print("worker", n, "is", me.get_name())
    await asyncio.sleep(0.01 * n)


async def main():
    print("main is", asyncio.current_task().get_name())
    tasks = [asyncio.create_task(worker(n), name=f"w{n}") for n in range(1, 4)]
    await asyncio.sleep(0)
    everything = asyncio.all_tasks()
    print(type(everything).__name__, sorted(t.get_name() for t in everything))
    print(asyncio.current_task() in everything)
    await asyncio.sleep(0.015)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.gather(*tasks)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())

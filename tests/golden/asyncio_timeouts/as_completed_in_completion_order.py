import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    coros = [fetch("a", 0.03), fetch("b", 0.01), fetch("c", 0.02)]
    for next_done in asyncio.as_completed(coros):
        print(await next_done)
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in [("x", 0.02), ("y", 0.5)]]
    try:
        for next_done in asyncio.as_completed(tasks, timeout=0.1):
            print(await next_done)
    except TimeoutError:
        print("timed out waiting for the rest")
    tasks[1].cancel()
    await asyncio.sleep(0)


asyncio.run(main())

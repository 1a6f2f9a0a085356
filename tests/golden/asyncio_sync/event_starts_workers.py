import asyncio


async def worker(name, start, results):
    print(f"{name} ready")
    await start.wait()
    await asyncio.sleep(0.01 * len(name))
    results.append(name)
    print(f"{name} finished")


async def main():
    start = asyncio.Event()
    results = []
    workers = [asyncio.create_task(worker(n, start, results)) for n in ("ant", "bee", "crane")]
    await asyncio.sleep(0.05)
    print("nobody started:", results)
    start.set()
    await asyncio.gather(*workers)
    print(results)


asyncio.run(main())

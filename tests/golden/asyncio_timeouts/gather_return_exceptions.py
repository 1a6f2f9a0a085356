import asyncio


async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n


async def bad(n):
    await asyncio.sleep(0.01 * n)
    raise ValueError(f"bad {n}")


async def main():
    results = await asyncio.gather(ok(1), bad(2), ok(3), bad(1), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)
    cancelled = asyncio.create_task(ok(5))
    other = asyncio.create_task(ok(1))
    await asyncio.sleep(0)
    cancelled.cancel()
    print(await asyncio.gather(cancelled, other, return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad(1))
    except ValueError as e:
        print("without return_exceptions:", e)


asyncio.run(main())

# With return_exceptions=True, failures are returned in place alongside values.
import asyncio

async def ok(n):
    await asyncio.sleep(0.01 * n)
    return n

async def bad(exc):
    await asyncio.sleep(0)
    raise exc

async def main():
    results = await asyncio.gather(ok(1), bad(ValueError("v")), ok(2), bad(KeyError("k")), return_exceptions=True)
    print(results)
    for r in results:
        print(type(r).__name__, r)

asyncio.run(main())

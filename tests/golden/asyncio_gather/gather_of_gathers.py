# Gathers nest: the outer result is a list of the inner result lists.
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    return x

async def group(prefix, n):
    return await asyncio.gather(*[val(f"{prefix}{i}", 0.01 * (n - i)) for i in range(n)])

async def main():
    nested = await asyncio.gather(group("a", 2), group("b", 3), asyncio.gather(val(1, 0), val(2, 0)))
    print(nested)
    print(await asyncio.gather(asyncio.gather(), asyncio.gather(val("x", 0))))

asyncio.run(main())

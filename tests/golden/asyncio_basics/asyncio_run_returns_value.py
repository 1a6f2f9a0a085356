# asyncio.run returns the coroutine's return value.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    a = await compute(10)
    b = await compute(a)
    return [a, b]

result = asyncio.run(main())
print("result:", result)
print(asyncio.run(compute(21)))

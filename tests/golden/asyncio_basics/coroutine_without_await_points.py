# A coroutine that never awaits anything pending runs straight through.
import asyncio

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, await add(3, 4))
    print(x, y)
    return y

print(asyncio.run(main()))

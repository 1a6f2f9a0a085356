# Coroutines awaiting coroutines run sequentially in one task and pass values up.
import asyncio

async def leaf(n):
    await asyncio.sleep(0)
    print("leaf", n)
    return n

async def middle(n):
    a = await leaf(n)
    b = await leaf(n + 1)
    print("middle", n)
    return a + b

async def top():
    total = 0
    for n in (1, 10):
        total += await middle(n)
    print("top total", total)
    return total

print(asyncio.run(top()))

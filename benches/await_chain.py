# A chain of 100 awaited coroutines, awaited 30,000 times.
import asyncio

async def link(depth):
    if depth == 0:
        return 1
    return await link(depth - 1) + 1

async def main():
    total = 0
    for _ in range(30000):
        total += await link(100)
    await asyncio.sleep(0)
    return total

print("await_chain", asyncio.run(main()))

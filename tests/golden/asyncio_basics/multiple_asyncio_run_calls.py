# asyncio.run can be called several times in a row; each run gets a fresh loop.
import asyncio

async def step(n):
    await asyncio.sleep(0)
    print("run", n)
    return n

results = []
for n in range(3):
    results.append(asyncio.run(step(n)))
print(results)

# Tasks create sub-tasks and await them; results bubble up through the tree.
import asyncio

async def leaf(path, delay):
    await asyncio.sleep(delay)
    print("leaf", path)
    return 1

async def branch(name, delays):
    subs = [asyncio.create_task(leaf(f"{name}.{i}", d)) for i, d in enumerate(delays)]
    total = 0
    for s in subs:
        total += await s
    print("branch", name, "total", total)
    return total

async def main():
    a = asyncio.create_task(branch("a", [0.03, 0.01]))
    b = asyncio.create_task(branch("b", [0.06, 0.05, 0.02]))
    print("sum", await a + await b)

asyncio.run(main())

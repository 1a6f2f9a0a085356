# Tasks sleeping different amounts print in wake-up order, not creation order.
import asyncio

async def nap(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke after", delay)

async def main():
    tasks = [asyncio.create_task(nap(n, d)) for n, d in
             [("e", 0.05), ("a", 0.01), ("d", 0.04), ("b", 0.02), ("f", 0.06), ("c", 0.03)]]
    print("all created")
    for t in tasks:
        await t
    print("all done")

asyncio.run(main())

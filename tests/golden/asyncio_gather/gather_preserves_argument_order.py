# Results come back in argument order even when children finish in reverse.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()

async def main():
    results = await asyncio.gather(job("slow", 0.05), job("medium", 0.03), job("fast", 0.01))
    print(results)

asyncio.run(main())

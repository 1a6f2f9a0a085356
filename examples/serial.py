import asyncio

async def task(name):
    print(f"{name} start")
    await asyncio.sleep(2)
    print(f"{name} end")

async def main():
    await task("A")
    await task("B")

asyncio.run(main())

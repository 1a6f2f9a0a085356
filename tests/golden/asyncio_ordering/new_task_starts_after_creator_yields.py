# create_task only schedules: the creator keeps running until its next real suspension.
import asyncio

async def child(n):
    print("child", n, "runs")

async def main():
    for n in range(3):
        asyncio.create_task(child(n))
        print("created", n)
    print("before sleep")
    await asyncio.sleep(0)
    print("after sleep")

asyncio.run(main())

# A task spawned by a task is queued behind tasks already ready.
import asyncio

async def grandchild(name):
    print("grandchild of", name)

async def child(name):
    print("child", name)
    asyncio.create_task(grandchild(name))
    await asyncio.sleep(0)
    print("child", name, "resumed")

async def main():
    asyncio.create_task(child("a"))
    asyncio.create_task(child("b"))
    await asyncio.sleep(0)
    print("main 1")
    await asyncio.sleep(0)
    print("main 2")
    await asyncio.sleep(0.01)

asyncio.run(main())

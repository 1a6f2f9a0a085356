# Cancelling a task that awaits gather cancels the gathered children too.
import asyncio

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def parent():
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise

async def main():
    t = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: parent is cancelled:", t.cancelled())

asyncio.run(main())

# ASYNCIO.md §7: cancelling a task parked on another task cancels the inner one first.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inner", repr(e))
        raise

async def outer(u):
    try:
        await u
    except asyncio.CancelledError as e:
        print("outer", repr(e))
        raise

async def main():
    u = asyncio.create_task(inner())
    t = asyncio.create_task(outer(u))
    await asyncio.sleep(0)
    t.cancel("m")
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), u.cancelled())

asyncio.run(main())

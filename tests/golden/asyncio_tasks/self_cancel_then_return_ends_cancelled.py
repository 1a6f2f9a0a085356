# ASYNCIO.md §7: a task that cancels itself and returns without awaiting still ends CANCELLED.
import asyncio

async def quitter():
    print("cancel self:", asyncio.current_task().cancel())
    print("still running this step")
    return "ignored"

async def main():
    t = asyncio.create_task(quitter())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print(t.cancelled(), t.done())

asyncio.run(main())

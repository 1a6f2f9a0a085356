# task.cancel(msg) delivers msg in the CancelledError's args.
import asyncio

async def waiter():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise

async def main():
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", type(e).__name__)
    print(t.cancelled())

asyncio.run(main())

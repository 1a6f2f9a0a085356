# CancelledError is a BaseException, so `except Exception` does not swallow it.
import asyncio

async def guarded():
    try:
        await asyncio.sleep(1)
    except Exception:
        print("not reached")
    finally:
        print("finally still runs")

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("propagated")
    print(isinstance(asyncio.CancelledError(), Exception), isinstance(asyncio.CancelledError(), BaseException))

asyncio.run(main())

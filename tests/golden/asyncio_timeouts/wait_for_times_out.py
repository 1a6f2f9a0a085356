import asyncio


async def slow_operation():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("slow_operation was cancelled")
        raise


async def quick_operation():
    await asyncio.sleep(0.01)
    return "quick result"


async def main():
    try:
        await asyncio.wait_for(slow_operation(), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e.__cause__))
    print(await asyncio.wait_for(quick_operation(), timeout=1))
    print(await asyncio.wait_for(quick_operation(), None))
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())

import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: caught the cancellation, returning a fallback")
        return "fallback"


async def raises():
    await asyncio.sleep(0.01)
    raise KeyError("lookup failed")


async def main():
    print(await asyncio.wait_for(stubborn(), 0.02))
    try:
        await asyncio.wait_for(raises(), 1)
    except KeyError as e:
        print("exception passes through:", repr(e))


asyncio.run(main())

import asyncio


# timeout(d) computes its deadline when it is called: at a tie with a sleep
# of the same length, whichever was made first fires first (ASYNCIO.md §11).
async def sleeper():
    await asyncio.sleep(0.05)
    print("sleeper woke")


async def bounded():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        print("bounded timed out")


async def main():
    await asyncio.gather(sleeper(), bounded())
    await asyncio.gather(bounded(), sleeper())


asyncio.run(main())

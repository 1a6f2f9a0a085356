import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    # Deadlines just before and just after the work finishes.
    for limit in (0.02, 0.04):
        try:
            print("wait_for", limit, "->", await asyncio.wait_for(job(0.03), limit))
        except TimeoutError:
            print("wait_for", limit, "-> timeout")
        try:
            async with asyncio.timeout(limit):
                print("timeout", limit, "->", await job(0.03))
        except TimeoutError:
            print("timeout", limit, "-> timeout")
    # A task that is already done when the deadline passes keeps its result.
    t = asyncio.create_task(job(0.01))
    await asyncio.sleep(0.02)
    print("done task:", await asyncio.wait_for(t, 0.001))


asyncio.run(main())

# 40,000 wait_for calls and timeout blocks, half of them timing out (the
# deadlines are due at once, so no run waits on the clock).
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return 1


async def main():
    done = timeouts = 0
    for i in range(10000):
        done += await asyncio.wait_for(job(0), 10)
        try:
            await asyncio.wait_for(job(10), 0)
        except TimeoutError:
            timeouts += 1
        async with asyncio.timeout(10):
            done += await job(0)
        try:
            async with asyncio.timeout(0):
                await job(10)
        except TimeoutError:
            timeouts += 1
    return done, timeouts


print("wait_for_timeouts", asyncio.run(main()))

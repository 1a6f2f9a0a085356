# With return_exceptions=True, a cancelled child appears as a CancelledError instance in the results.
import asyncio

async def slow():
    await asyncio.sleep(1)
    return "slow"

async def fast():
    await asyncio.sleep(0.01)
    return "fast"

async def main():
    t = asyncio.create_task(slow())
    canceller = asyncio.create_task(cancel_later(t))
    results = await asyncio.gather(t, fast(), return_exceptions=True)
    print([type(r).__name__ for r in results], results[1])
    await canceller

async def cancel_later(t):
    await asyncio.sleep(0.02)
    t.cancel()

asyncio.run(main())

# ASYNCIO.md §12 #5: two sleeps of 0.05 lose to one sleep of 0.1, in either creation order.
import asyncio

async def chain(n):
    await asyncio.sleep(.05)
    await asyncio.sleep(.05)
    print("chain", n)

async def single(n):
    await asyncio.sleep(.1)
    print("single", n)

async def main():
    await asyncio.gather(chain(1), single(2))
    await asyncio.gather(single(3), chain(4))

asyncio.run(main())

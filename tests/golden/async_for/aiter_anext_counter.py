import asyncio


class Countdown:
    def __init__(self, start, delay):
        self.n = start
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.n -= 1
        return self.n + 1


async def main():
    async for i in Countdown(3, 0.01):
        print("countdown", i)
    total = 0
    async for i in Countdown(5, 0):
        total += i
    print("total", total)


asyncio.run(main())

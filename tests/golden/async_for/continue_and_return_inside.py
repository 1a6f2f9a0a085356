import asyncio


class Numbers:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def first_multiple(k):
    async for x in Numbers(20):
        if x % k:
            continue
        return x
    return None


async def main():
    odds = []
    async for x in Numbers(9):
        if x % 2 == 0:
            continue
        odds.append(x)
    print(odds)
    print(await first_multiple(7), await first_multiple(50))


asyncio.run(main())

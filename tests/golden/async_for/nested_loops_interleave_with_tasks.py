import asyncio


class Ticks:
    def __init__(self, name, n, delay):
        self.name, self.n, self.delay, self.i = name, n, delay, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return f"{self.name}{self.i}"


async def consume(name, n, delay):
    async for t in Ticks(name, n, delay):
        print("got", t)


async def main():
    async for outer in Ticks("row", 2, 0):
        async for inner in Ticks(outer + "-col", 2, 0):
            print(inner)
    await asyncio.gather(consume("fast", 3, 0.01), consume("slow", 2, 0.045))


asyncio.run(main())

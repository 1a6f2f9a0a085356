# coro-only: Coro refuses `async for` in comprehensions; python3 runs this file
import asyncio


class Three:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i


async def main():
    print([x async for x in Three()])


asyncio.run(main())

import asyncio


class Two:
    def __init__(self):
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i


async def main():
    try:
        async for x in Two():
            print("got", x)
            raise StopAsyncIteration("from the body")
    except StopAsyncIteration as e:
        print("escaped the loop:", e)
    # A StopAsyncIteration subclass from __anext__ ends the loop too.
    class Done(StopAsyncIteration):
        pass

    class Ends:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise Done()

    async for x in Ends():
        print("never")
    else:
        print("subclass ended the loop")


asyncio.run(main())

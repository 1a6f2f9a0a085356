import asyncio


class NoNext:
    def __aiter__(self):
        return 5


class NextNotAwaitable:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AsyncAiter:
    async def __aiter__(self):
        return self


class SyncIterable:
    def __iter__(self):
        return iter([1])


async def main():
    for obj in [1, [1, 2], "abc", NoNext(), NextNotAwaitable(), AsyncAiter(), SyncIterable()]:
        try:
            async for x in obj:
                print("item", x)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())

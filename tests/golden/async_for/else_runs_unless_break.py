import asyncio


class Items:
    def __init__(self, *items):
        self.items = list(items)

    def __aiter__(self):
        return ItemsIterator(self.items)


class ItemsIterator:
    def __init__(self, items):
        self.items = items
        self.i = 0

    async def __anext__(self):
        if self.i == len(self.items):
            raise StopAsyncIteration
        self.i += 1
        return self.items[self.i - 1]


async def search(items, wanted):
    async for x in Items(*items):
        if x == wanted:
            print("found", x)
            break
    else:
        print("not found", wanted)


async def main():
    await search([1, 2, 3], 2)
    await search([1, 2, 3], 7)
    async for x in Items():
        print("never")
    else:
        print("empty: else runs")


asyncio.run(main())

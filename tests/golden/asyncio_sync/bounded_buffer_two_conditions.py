import asyncio


class BoundedBuffer:
    """The classic bounded buffer: two conditions over one lock."""

    def __init__(self, size):
        self.items = []
        self.size = size
        lock = asyncio.Lock()
        self.not_full = asyncio.Condition(lock)
        self.not_empty = asyncio.Condition(lock)

    async def put(self, item):
        async with self.not_full:
            await self.not_full.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            print("put", item, self.items)
            self.not_empty.notify()

    async def get(self):
        async with self.not_empty:
            await self.not_empty.wait_for(lambda: self.items)
            item = self.items.pop(0)
            print("get", item, self.items)
            self.not_full.notify()
            return item


async def producer(buf, name, n):
    for i in range(n):
        await buf.put(f"{name}{i}")


async def consumer(buf, n, out):
    for _ in range(n):
        out.append(await buf.get())


async def main():
    buf = BoundedBuffer(2)
    out = []
    await asyncio.gather(producer(buf, "a", 3), producer(buf, "b", 3), consumer(buf, 6, out))
    print(out)


asyncio.run(main())

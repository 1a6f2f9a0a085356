import asyncio

DONE = object()


class Channel:
    """A closable channel: `async for` over it ends when it is closed."""

    def __init__(self, size):
        self.queue = asyncio.Queue(size)

    async def send(self, item):
        await self.queue.put(item)

    async def close(self):
        await self.queue.put(DONE)

    def __aiter__(self):
        return self

    async def __anext__(self):
        item = await self.queue.get()
        if item is DONE:
            raise StopAsyncIteration
        return item


async def produce(ch):
    for word in "the quick brown fox".split():
        await ch.send(word)
        print("sent", word)
    await ch.close()


async def main():
    ch = Channel(2)
    task = asyncio.create_task(produce(ch))
    received = []
    async for word in ch:
        print("received", word)
        received.append(word)
    await task
    print(" ".join(received))


asyncio.run(main())

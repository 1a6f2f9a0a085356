import asyncio


class Slow:
    def __init__(self, name, delay):
        self.name, self.delay = name, delay

    async def __aenter__(self):
        print(self.name, "connecting")
        await asyncio.sleep(self.delay)
        print(self.name, "connected")
        return self

    async def __aexit__(self, *exc):
        print(self.name, "closing")
        await asyncio.sleep(self.delay)
        print(self.name, "closed")


async def use(name, delay):
    async with Slow(name, delay) as conn:
        print(conn.name, "working")
        await asyncio.sleep(0)
        print(conn.name, "worked")


async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(use("A", 0.05), use("B", 0.01), ticker())


asyncio.run(main())

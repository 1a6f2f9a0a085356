import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0.01)
        print("entered", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        await asyncio.sleep(0.01)
        print("exited", self.name)


async def main():
    async with Resource("db") as handle:
        print("body with", handle)
    async with Resource("cache"):
        print("body without a target")
    print("done")


asyncio.run(main())

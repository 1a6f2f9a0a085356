import asyncio


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        return self.name

    async def __aexit__(self, t, e, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow


async def main():
    async with CM("a") as a, CM("b") as b, CM("c") as c:
        print("body", a, b, c)
    async with CM("outer", swallow=True), CM("inner"):
        raise RuntimeError("x")
    print("swallowed by the outer manager")


asyncio.run(main())

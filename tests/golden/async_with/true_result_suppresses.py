import asyncio


class Suppress:
    def __init__(self, *types):
        self.types = types

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressing", exc_type.__name__)
            return 1  # any true value suppresses
        return None


async def main():
    async with Suppress(ZeroDivisionError):
        print("before")
        1 / 0
        print("never")
    print("after first")
    async with Suppress(KeyError, IndexError):
        [][3]
    print("after second")
    try:
        async with Suppress(KeyError):
            raise TypeError("not suppressed")
    except TypeError as e:
        print("caught", e)


asyncio.run(main())

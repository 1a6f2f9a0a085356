import asyncio


class Watch:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exc_type:", exc_type.__name__ if exc_type else None)
        print("exc:", repr(exc))
        print("has traceback:", tb is not None)
        return False


async def main():
    try:
        async with Watch():
            raise ValueError("bad value")
    except ValueError as e:
        print("propagated:", e)
    try:
        async with Watch():
            {}["missing"]
    except KeyError as e:
        print("propagated:", repr(e))


asyncio.run(main())

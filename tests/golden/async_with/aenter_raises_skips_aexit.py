import asyncio


class Failing:
    async def __aenter__(self):
        await asyncio.sleep(0)
        raise ConnectionError("refused")

    async def __aexit__(self, *exc):
        print("aexit must not run")


class ExitRaises:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, e, tb):
        raise RuntimeError(f"cleanup failed after {t.__name__ if t else None}")


async def main():
    try:
        async with Failing():
            print("body must not run")
    except ConnectionError as e:
        print("caught", repr(e))
    try:
        async with ExitRaises():
            raise ValueError("original")
    except RuntimeError as e:
        print("caught", e, "context:", repr(e.__context__))
    try:
        async with ExitRaises():
            pass
    except RuntimeError as e:
        print("caught", e, "context:", e.__context__)


asyncio.run(main())

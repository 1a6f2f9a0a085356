import asyncio


class NoExit:
    async def __aenter__(self):
        return 1


class NoEnter:
    async def __aexit__(self, *a):
        return 1


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return 1


class ExitNotAwaitable:
    async def __aenter__(self):
        return "entered"

    def __aexit__(self, *a):
        return 1


class SyncOnly:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


async def main():
    for obj in [1, None, NoExit(), NoEnter(), EnterNotAwaitable(), ExitNotAwaitable(), SyncOnly()]:
        try:
            async with obj as x:
                print("in body with", x)
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())

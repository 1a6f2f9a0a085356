import asyncio


async def coro_fn():
    return 1


def plain():
    return 1


class C:
    async def method(self):
        pass


async def main():
    c = coro_fn()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(1))
    t = asyncio.ensure_future(c)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(c))
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain))
    print(asyncio.iscoroutinefunction(C().method), asyncio.iscoroutinefunction(C.method))
    print(await t)
    f.cancel()


asyncio.run(main())

# ASYNCIO.md §5: result order, duplicate arguments, empty gather, first failure, other children keep running,
# and return_exceptions=True.
import asyncio

async def f(n, d, exc=None):
    await asyncio.sleep(d)
    print("done", n)
    if exc:
        raise exc
    return n

async def main():
    c = f("c", 0)
    print(await asyncio.gather(f(1, .02), f(2, .01), c, c), await asyncio.gather())
    try:
        await asyncio.gather(f("a", .03), f("b", .01, ValueError("b")), f("x", .02, KeyError("x")))
    except Exception as e:
        print("raised", repr(e))
        await asyncio.sleep(.05)
    print(await asyncio.gather(f("y", 0, ValueError("y")), f("z", 0), return_exceptions=True))

asyncio.run(main())

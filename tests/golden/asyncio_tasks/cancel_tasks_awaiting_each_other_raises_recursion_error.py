# Two tasks awaiting each other: a's cancel() cancels b, whose cancel()
# cancels a again, and so on, until the recursion limit stops it. The
# gather's plain future is how main breaks the cycle afterwards.
import asyncio


async def first(box):
    try:
        await box["b"]
    except asyncio.CancelledError:
        print("first cancelled")
        raise
    except ValueError as e:
        print("first got", repr(e))
        return "first done"


async def second(box, escape):
    try:
        await asyncio.gather(box["a"], escape)
    except ValueError as e:
        print("second got", repr(e))
        return "second done"


async def main():
    escape = asyncio.get_running_loop().create_future()
    box = {}
    box["a"] = a = asyncio.create_task(first(box))
    box["b"] = b = asyncio.create_task(second(box, escape))
    await asyncio.sleep(0)
    try:
        a.cancel()
    except RecursionError as e:
        print("RecursionError:", e)
    print(a.cancelling() > 1, b.cancelling() > 1, a.cancelling() - b.cancelling())
    await asyncio.sleep(0)
    print(a.done(), b.done(), escape.cancelled())
    escape.set_exception(ValueError("unblocked"))
    print(await b, await a)


asyncio.run(main())
print("end")

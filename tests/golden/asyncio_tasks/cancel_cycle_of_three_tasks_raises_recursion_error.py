# a awaits b, b awaits c, c awaits a gather of a and a plain future.
import asyncio


async def hop(name, box, nxt):
    try:
        return await box[nxt]
    except asyncio.CancelledError as e:
        print(name, "cancelled", repr(e))
        raise


async def last(box, escape):
    try:
        await asyncio.gather(box["a"], escape)
    except ValueError as e:
        print("c got", repr(e))
        return "c"


async def main():
    escape = asyncio.get_running_loop().create_future()
    box = {}
    box["a"] = asyncio.create_task(hop("a", box, "b"))
    box["b"] = asyncio.create_task(hop("b", box, "c"))
    box["c"] = asyncio.create_task(last(box, escape))
    await asyncio.sleep(0)
    for name in "bca":
        try:
            box[name].cancel("from " + name)
        except RecursionError:
            print("cancel", name, "RecursionError")
    counts = [box[n].cancelling() for n in "abc"]
    print(max(counts) - min(counts) <= 3, min(counts) > 1)
    escape.set_exception(ValueError("out"))
    print(await box["a"], [box[n].result() for n in "abc"])


asyncio.run(main())

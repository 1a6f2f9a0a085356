import asyncio


async def value():
    await asyncio.sleep(0.01)
    return "value"


async def boom():
    await asyncio.sleep(0.01)
    raise OSError("disk full")


async def main():
    print(await asyncio.shield(value()))
    try:
        await asyncio.shield(boom())
    except OSError as e:
        print("OSError:", e)
    inner = asyncio.create_task(asyncio.sleep(1))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("cancelling the inner task cancels the shield:", outer.cancelled())


asyncio.run(main())

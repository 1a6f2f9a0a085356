import asyncio


async def main():
    cond = asyncio.Condition()
    state = []

    async def waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                state.append(("cancelled, holds lock", cond.locked()))
                raise

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        state.append(("main still holds", cond.locked()))
    try:
        await t
    except asyncio.CancelledError:
        state.append(("task cancelled", t.cancelled()))
    print(state)
    print("free:", not cond.locked())


asyncio.run(main())

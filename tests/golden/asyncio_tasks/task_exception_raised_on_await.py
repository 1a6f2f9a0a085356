# A task's exception is stored and re-raised to whoever awaits it or calls result().
import asyncio

async def broken():
    await asyncio.sleep(0.01)
    raise KeyError("missing")

async def main():
    t = asyncio.create_task(broken())
    await asyncio.sleep(0.05)
    print("done:", t.done(), "cancelled:", t.cancelled())
    try:
        await t
    except KeyError as e:
        print("await raised", repr(e))
    try:
        t.result()
    except KeyError as e:
        print("result raised", repr(e))

asyncio.run(main())

import asyncio


async def noop():
    pass


async def main():
    for args, kw in [([], {}), ([noop()], {}), ([[asyncio.sleep(0)]], {})]:
        try:
            await asyncio.wait(*args, **kw)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    t = asyncio.create_task(noop())
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print("TypeError:", e)
    done, pending = await asyncio.wait([t, t])
    print(len(done), len(pending))


asyncio.run(main())

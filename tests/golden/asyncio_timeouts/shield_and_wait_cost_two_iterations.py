import asyncio


async def tick():
    for i in range(12):
        print("tick", i)
        await asyncio.sleep(0)


async def child(name):
    print(name, "runs")
    return name


async def main():
    asyncio.create_task(tick())
    await asyncio.sleep(0)
    print("shield ->", await asyncio.shield(child("s")))
    t = asyncio.create_task(child("w"))
    done, _ = await asyncio.wait([t])
    print("wait ->", [x.result() for x in done])
    for f in asyncio.as_completed([child("a")]):
        print("as_completed ->", await f)
    async with asyncio.timeout(1):
        print("timeout body ->", await child("t"))
    await asyncio.sleep(0)


asyncio.run(main())

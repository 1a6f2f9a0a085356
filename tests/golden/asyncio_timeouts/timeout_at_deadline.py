import asyncio


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.05
    results = []
    try:
        async with asyncio.timeout_at(deadline) as cm:
            for i in range(10):
                await asyncio.sleep(0.02)
                results.append(i)
    except TimeoutError:
        print("deadline reached after", results, cm.when() == deadline)
    past = asyncio.timeout_at(loop.time() - 1)
    try:
        async with past:
            await asyncio.sleep(0)
            print("never")
    except TimeoutError:
        print("a past deadline expires at the first await")


asyncio.run(main())

import asyncio


async def main():
    import greet

    await asyncio.sleep(0.1)
    return greet.hello("async")


print(asyncio.run(main()))

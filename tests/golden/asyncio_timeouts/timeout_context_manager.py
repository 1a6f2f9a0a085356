import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
            print("never")
    except TimeoutError as e:
        print("TimeoutError, cause:", type(e.__cause__).__name__)
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
        print("fast enough, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        print("no deadline:", cm.when())
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                print("cleanup runs, expired:", cm.expired())
    except TimeoutError:
        print("expired:", cm.expired())
    async with asyncio.timeout(-1):
        print("a body that never awaits is not interrupted")


asyncio.run(main())

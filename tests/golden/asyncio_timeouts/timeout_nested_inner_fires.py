import asyncio


async def main():
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.02):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner timeout fired")
            await asyncio.sleep(0.01)
            print("outer body goes on")
    except TimeoutError:
        print("outer must not fire")
    try:
        async with asyncio.timeout(0.02):
            try:
                async with asyncio.timeout(1):
                    await asyncio.sleep(0.5)
            except TimeoutError:
                print("inner must not claim the outer timeout")
    except TimeoutError:
        print("outer timeout fired")
    print(asyncio.current_task().cancelling())


asyncio.run(main())

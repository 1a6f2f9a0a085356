# asyncio.sleep(delay, result) returns result after the delay; without it, None.
import asyncio

async def main():
    print(await asyncio.sleep(0))
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(0.01, result=[1, 2]))
    print(await asyncio.sleep(0.01, {"k": "v"}))

asyncio.run(main())

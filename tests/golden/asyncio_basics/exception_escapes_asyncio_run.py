# An exception raised in main propagates out of asyncio.run to the caller.
import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("escaped from the loop")

async def main():
    print("main starts")
    await fail()
    print("never printed")

try:
    asyncio.run(main())
except ValueError as e:
    print("caught:", e)
print("program continues")

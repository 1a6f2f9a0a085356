# done() is False until the task finishes; result() then returns the value.
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return "value"

async def main():
    t = asyncio.create_task(work())
    print("done before:", t.done())
    await asyncio.sleep(0)
    print("done after one step:", t.done())
    await t
    print("done after await:", t.done(), "result:", t.result())
    print("awaiting again:", await t)

asyncio.run(main())

import asyncio


async def fast():
    return "fast"


async def main():
    try:
        await asyncio.wait_for(fast(), 0)
    except TimeoutError:
        print("TimeoutError although fast() needs no time")
    done = asyncio.get_running_loop().create_future()
    done.set_result("already done")
    print(await asyncio.wait_for(done, 0))
    task = asyncio.create_task(fast())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(task, -1))


asyncio.run(main())

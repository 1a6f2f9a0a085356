import asyncio


async def important():
    await asyncio.sleep(0.05)
    print("important work completed")
    return "saved"


async def caller(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("caller cancelled, the shielded task goes on")
        raise


async def main():
    task = asyncio.create_task(important())
    c = asyncio.create_task(caller(task))
    await asyncio.sleep(0.01)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print("caller cancelled:", c.cancelled(), "task done:", task.done())
    print(await task)
    done = asyncio.get_running_loop().create_future()
    done.set_result(42)
    print(asyncio.shield(done) is done, await asyncio.shield(done))


asyncio.run(main())

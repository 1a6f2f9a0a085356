# A task that awaits a gather holding itself: cancel() goes task, gather,
# task... until RecursionError; nothing is cancelled by it.
import asyncio


async def loop_back(escape):
    me = asyncio.current_task()
    try:
        await asyncio.gather(me, escape)
    except KeyError as e:
        print("loop_back got", repr(e))
        return 1


async def main():
    escape = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(loop_back(escape))
    await asyncio.sleep(0)
    for msg in (None, "again"):
        try:
            print(t.cancel(msg))
        except RecursionError as e:
            print(type(e).__name__, t.cancelling() > 2, escape.cancelled())
    escape.set_exception(KeyError("k"))
    print(await t, t.cancelled())


asyncio.run(main())

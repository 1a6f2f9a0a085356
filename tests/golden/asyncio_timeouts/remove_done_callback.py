import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def first(f):
        print("first", f.result())

    def second(f):
        print("second", f.result())

    fut.add_done_callback(first)
    fut.add_done_callback(second)
    fut.add_done_callback(first)
    print("removed", fut.remove_done_callback(first))
    print("removed", fut.remove_done_callback(first))
    fut.set_result("ok")
    await asyncio.sleep(0)


asyncio.run(main())

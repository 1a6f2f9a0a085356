import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(10)
    print(repr(cm).startswith("<Timeout [created]"))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            print(repr(cm).startswith("<Timeout [active] when="))
            cm.reschedule(loop.time() + 0.03)
            await asyncio.sleep(0.01)
            print("still running")
            cm.reschedule(None)
            await asyncio.sleep(0.05)
            print("no deadline now")
            cm.reschedule(loop.time() + 0.01)
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out after rescheduling")
    print(repr(cm))
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout(1) as ok:
        pass
    print(repr(ok))


asyncio.run(main())

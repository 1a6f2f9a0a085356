import asyncio


async def ok(d):
    await asyncio.sleep(d)
    return d


async def fail(d):
    await asyncio.sleep(d)
    raise ValueError(f"failed after {d}")


async def main():
    tasks = [asyncio.create_task(ok(0.01)), asyncio.create_task(fail(0.02)), asyncio.create_task(ok(0.1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t in done:
            print("done:", repr(t.exception()) if t.exception() else t.result())
    no_error = [asyncio.create_task(ok(0.01)), asyncio.create_task(ok(0.02))]
    done, pending = await asyncio.wait(no_error, return_when=asyncio.FIRST_EXCEPTION)
    print("without an error it waits for all:", len(done), len(pending))
    slow = [asyncio.create_task(ok(0.5)), asyncio.create_task(ok(0.01))]
    done, pending = await asyncio.wait(slow, timeout=0.05)
    print("after the timeout:", [t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)


asyncio.run(main())

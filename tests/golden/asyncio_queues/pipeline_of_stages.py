import asyncio


async def stage(name, inbox, outbox, work):
    while True:
        item = await inbox.get()
        if item is None:
            if outbox is not None:
                await outbox.put(None)
            inbox.task_done()
            return
        await asyncio.sleep(0.001)
        result = work(item)
        print(f"{name}: {item!r} -> {result!r}")
        if outbox is not None:
            await outbox.put(result)
        inbox.task_done()


async def main():
    raw, parsed, stored = asyncio.Queue(), asyncio.Queue(maxsize=2), asyncio.Queue()
    stages = [
        asyncio.create_task(stage("parse", raw, parsed, int)),
        asyncio.create_task(stage("square", parsed, stored, lambda n: n * n)),
    ]
    for text in ["3", "1", "4", "1", "5"]:
        await raw.put(text)
    await raw.put(None)
    await asyncio.gather(*stages)
    results = []
    while not stored.empty():
        results.append(stored.get_nowait())
    print(results)


asyncio.run(main())

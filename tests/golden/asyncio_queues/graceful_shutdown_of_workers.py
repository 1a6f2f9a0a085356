import asyncio


async def worker(name, queue, lock, log):
    try:
        while True:
            job = await queue.get()
            async with lock:
                log.append(f"{name}:{job}")
            await asyncio.sleep(0.01)
            queue.task_done()
    except asyncio.CancelledError:
        log.append(f"{name} stopped")
        raise


async def main():
    queue = asyncio.Queue()
    lock = asyncio.Lock()
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, lock, log)) for i in range(2)]
    for job in range(5):
        queue.put_nowait(job)
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print(log)
    print([type(o).__name__ for o in outcome], all(w.cancelled() for w in workers))


asyncio.run(main())

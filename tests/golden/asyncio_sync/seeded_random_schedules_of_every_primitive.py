import asyncio
import random


async def actor(n, rng, lock, sem, cond, q, ev, log):
    try:
        for step in range(12):
            op = rng.randrange(9)
            if op == 0:
                async with lock:
                    log.append(f"{n}L")
                    for _ in range(rng.randrange(3)):
                        await asyncio.sleep(0)
            elif op == 1:
                async with sem:
                    log.append(f"{n}S")
                    await asyncio.sleep(0)
            elif op == 2:
                q.put_nowait((n, step)) if not q.full() else await q.put((n, step))
                log.append(f"{n}P")
            elif op == 3:
                if not q.empty():
                    log.append(f"{n}G{q.get_nowait()}")
            elif op == 4:
                try:
                    item = await asyncio.wait_for(q.get(), 0 if rng.random() < 0.5 else None)
                    log.append(f"{n}W{item}")
                except TimeoutError:
                    log.append(f"{n}T")
            elif op == 5:
                async with cond:
                    if rng.random() < 0.5:
                        cond.notify(rng.randrange(1, 3))
                        log.append(f"{n}N")
                    else:
                        log.append(f"{n}w")
                        await asyncio.wait_for(cond.wait(), None) if rng.random() < 0.5 else None
            elif op == 6:
                if rng.random() < 0.3:
                    ev.set()
                    log.append(f"{n}E")
                else:
                    ev.clear()
            elif op == 7:
                await asyncio.sleep(0)
            else:
                log.append(f"{n}z")
        log.append(f"{n}done")
    except asyncio.CancelledError:
        log.append(f"{n}X")
        raise


async def run(seed):
    rng = random.Random(seed)
    lock, sem, cond = asyncio.Lock(), asyncio.Semaphore(2), asyncio.Condition()
    q, ev, log = asyncio.Queue(maxsize=3), asyncio.Event(), []
    tasks = [asyncio.create_task(actor(n, random.Random(seed * 100 + n), lock, sem, cond, q, ev, log)) for n in range(6)]
    for _ in range(30):
        await asyncio.sleep(0)
        r = rng.random()
        if r < 0.1:
            rng.choice(tasks).cancel()
        elif r < 0.2:
            async with cond:
                cond.notify_all()
        elif r < 0.25 and not q.full():
            q.put_nowait("main")
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(seed, " ".join(log))
    print(" ", [type(r).__name__ for r in res], lock.locked(), sem.locked(), q.qsize(), str(q))


async def main():
    for seed in range(25):
        await run(seed)


asyncio.run(main())

import asyncio
import random


async def job(rng, name, log):
    try:
        for _ in range(rng.randrange(4)):
            await asyncio.sleep(0)
        r = rng.random()
        if r < 0.2:
            raise ValueError(name)
        if r < 0.3:
            try:
                await asyncio.sleep(0)
            except asyncio.CancelledError:
                log.append(f"{name}swallow")
                return "swallowed"
        return name
    except asyncio.CancelledError:
        log.append(f"{name}X")
        raise


def describe(r):
    return type(r).__name__ if isinstance(r, BaseException) else r


async def run(seed):
    rng = random.Random(seed)
    log = []

    async def one(k):
        name = f"j{k}"
        op = rng.randrange(6)
        if op == 0:
            try:
                return await asyncio.wait_for(job(random.Random(seed + k), name, log), 0 if rng.random() < 0.5 else None)
            except TimeoutError:
                return "timeout"
        if op == 1:
            try:
                async with asyncio.timeout(0 if rng.random() < 0.5 else None):
                    return await job(random.Random(seed + k), name, log)
            except TimeoutError:
                return "timeout"
        if op == 2:
            ts = [asyncio.create_task(job(random.Random(seed + k + i), f"{name}.{i}", log)) for i in range(3)]
            when = rng.choice([asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED])
            done, pending = await asyncio.wait(ts, return_when=when)
            for t in pending:
                t.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            return (len(done), len(pending))
        if op == 3:
            t = asyncio.create_task(job(random.Random(seed + k), name, log))
            try:
                return await asyncio.shield(t)
            except asyncio.CancelledError:
                return await asyncio.gather(t, return_exceptions=True)
        if op == 4:
            out = []
            ts = [asyncio.create_task(job(random.Random(seed + k + i), f"{name}.{i}", log)) for i in range(2)]
            for f in asyncio.as_completed(ts):
                try:
                    out.append(await f)
                except ValueError as e:
                    out.append(f"err {e}")
            return out
        return await asyncio.gather(job(random.Random(seed + k), name, log), return_exceptions=True)

    tasks = [asyncio.create_task(one(k)) for k in range(5)]
    for _ in range(rng.randrange(6)):
        await asyncio.sleep(0)
    if rng.random() < 0.5:
        rng.choice(tasks).cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(seed, [describe(r) for r in res])
    print(" ", " ".join(log), len(asyncio.all_tasks()))


async def main():
    for seed in range(30):
        await run(seed)


asyncio.run(main())

import asyncio

ATTEMPTS_NEEDED = {"alpha": 1, "beta": 3, "gamma": 2, "delta": 5}


async def flaky_call(name, attempt):
    await asyncio.sleep(0.01)
    if attempt < ATTEMPTS_NEEDED[name]:
        raise ConnectionError(f"{name} attempt {attempt} failed")
    return f"{name} ok after {attempt}"


async def with_retries(sem, name, max_attempts=4):
    async with sem:
        delay = 0.01
        for attempt in range(1, max_attempts + 1):
            try:
                return await asyncio.wait_for(flaky_call(name, attempt), timeout=0.5)
            except ConnectionError as e:
                print("retrying:", e)
                await asyncio.sleep(delay)
                delay *= 2
        raise RuntimeError(f"{name} gave up after {max_attempts} attempts")


async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(with_retries(sem, n) for n in ATTEMPTS_NEEDED), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)


asyncio.run(main())

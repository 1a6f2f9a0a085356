import asyncio

LATENCY = {"/fast": 0.01, "/slow": 0.3, "/medium": 0.05, "/stuck": 10}


async def request(path):
    await asyncio.sleep(LATENCY[path])
    return f"200 OK {path}"


async def get_with_timeout(path, limit):
    try:
        return await asyncio.wait_for(request(path), timeout=limit)
    except asyncio.TimeoutError:
        return f"504 timeout {path}"


async def get_with_retries(path, attempts, limit):
    for attempt in range(1, attempts + 1):
        try:
            async with asyncio.timeout(limit):
                return await request(path), attempt
        except TimeoutError:
            limit *= 4
    return None, attempts


async def main():
    paths = ["/fast", "/slow", "/medium", "/stuck"]
    results = await asyncio.gather(*(get_with_timeout(p, 0.1) for p in paths))
    for r in results:
        print(r)
    print(await get_with_retries("/slow", 3, 0.03))
    print(await get_with_retries("/stuck", 2, 0.01))


asyncio.run(main())

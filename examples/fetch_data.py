import asyncio
import random

async def fetch_data(url):
    delay = random.uniform(0.5, 2)
    print(f"fetching {url}, delay={delay:.2f}s")
    await asyncio.sleep(delay)
    return f"data from {url}"

async def main():
    urls = [
        "https://api.service1.com",
        "https://api.service2.com",
        "https://api.service3.com",
    ]

    tasks = [fetch_data(url) for url in urls]
    results = await asyncio.gather(*tasks)

    for r in results:
        print(r)

asyncio.run(main())

import asyncio

import pipeline
from pipeline.config import DELAYS


async def main():
    a, b = asyncio.Queue(), asyncio.Queue()
    results = await asyncio.gather(
        pipeline.produce(a, range(1, 5)),
        pipeline.transform(a, b, lambda x: x * x),
        pipeline.collect(b),
    )
    print(results[2], sorted(DELAYS))


asyncio.run(main())

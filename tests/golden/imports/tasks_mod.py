# coro-test: module
import asyncio


async def work(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done"


async def run_all():
    return await asyncio.gather(work("a", 0.2), work("b", 0.1))

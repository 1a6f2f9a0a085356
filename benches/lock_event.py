# Tasks take turns on an asyncio.Lock and wake each other with Events.
import asyncio


async def contender(lock, counter, rounds):
    for _ in range(rounds):
        async with lock:
            counter[0] += 1
            await asyncio.sleep(0)


async def relay(events, i, laps):
    for _ in range(laps):
        await events[i].wait()
        events[i].clear()
        events[(i + 1) % len(events)].set()


async def main():
    lock = asyncio.Lock()
    counter = [0]
    await asyncio.gather(*(contender(lock, counter, 2000) for _ in range(20)))
    events = [asyncio.Event() for _ in range(10)]
    runners = [asyncio.create_task(relay(events, i, 2000)) for i in range(10)]
    events[0].set()
    await asyncio.gather(*runners)
    return counter[0]


print("lock_event", asyncio.run(main()))

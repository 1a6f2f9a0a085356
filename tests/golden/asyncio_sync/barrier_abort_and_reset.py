import asyncio


async def main():
    barrier = asyncio.Barrier(3)

    async def party(name):
        try:
            await barrier.wait()
            print(name, "passed")
        except asyncio.BrokenBarrierError as e:
            print(name, "BrokenBarrierError:", e)

    tasks = [asyncio.create_task(party(n)) for n in ("p1", "p2")]
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    await asyncio.gather(*tasks)
    print("broken:", barrier.broken, repr(barrier).split(" [")[1])
    await party("late")
    await barrier.reset()
    print("after reset:", barrier.broken, repr(barrier).split(" [")[1])
    tasks = [asyncio.create_task(party(n)) for n in ("r1", "r2")]
    await asyncio.sleep(0.01)
    await barrier.reset()
    await asyncio.gather(*tasks)
    print(repr(barrier).split(" [")[1], issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())

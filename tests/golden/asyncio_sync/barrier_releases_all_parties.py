import asyncio


async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives, waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    print(repr(barrier).split(" [")[1])
    await asyncio.gather(runner(barrier, "a", 0.03), runner(barrier, "b", 0.01), runner(barrier, "c", 0.02))
    print(repr(barrier).split(" [")[1])
    # A barrier is reusable: a second round.
    async def again(n):
        async with barrier as i:
            return (n, i)

    print(await asyncio.gather(again("x"), again("y"), again("z")))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())

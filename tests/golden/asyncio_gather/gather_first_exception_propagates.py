# Without return_exceptions, the first failure is raised to the awaiter; the others still finish.
import asyncio

async def worker(n, fail_after=None):
    for i in range(3):
        await asyncio.sleep(0.01)
        if i == fail_after:
            raise RuntimeError(f"worker {n} failed at step {i}")
    print("worker", n, "completed")
    return n

async def main():
    try:
        await asyncio.gather(worker(1), worker(2, fail_after=1), worker(3))
    except RuntimeError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())

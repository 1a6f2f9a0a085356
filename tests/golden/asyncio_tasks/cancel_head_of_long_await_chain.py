# 20000 tasks (20 times the recursion limit), each awaiting the next:
# cancelling the head reaches only as deep as the recursion limit allows,
# then raises RecursionError (no stack overflow); cancelling the tail then
# unwinds the whole chain, one task per loop iteration, with its message.
import asyncio

N = 20000


async def link(i, tasks):
    try:
        if i + 1 < N:
            await tasks[i + 1]
        else:
            await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        if i in (0, 1, N - 2, N - 1):
            print("link", i, "cancelled", repr(e))
        raise


async def main():
    tasks = []
    for i in range(N):
        tasks.append(asyncio.create_task(link(i, tasks)))
    await asyncio.sleep(0)
    try:
        print(tasks[0].cancel("head"))
    except RecursionError as e:
        print("RecursionError:", e)
    print(tasks[0].cancelling(), tasks[500].cancelling(), tasks[-1].cancelling())
    print(tasks[-1].cancel("tail"))
    r = await asyncio.gather(*tasks, return_exceptions=True)
    print(len(r), repr(r[0]), repr(r[-1]), all(t.cancelled() for t in tasks))
    try:
        tasks[0].result()
    except asyncio.CancelledError as e:
        print("head result", repr(e))


asyncio.run(main())

# A chain short enough for the recursion limit: the head's cancel() cancels
# the sleep at the tail, each task counts one request, and the message
# reaches every link; a gather reports a task that raised as CancelledError('').
import asyncio


async def link(i, tasks):
    try:
        if i + 1 < len(tasks):
            await tasks[i + 1]
        else:
            await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("link", i, repr(e))
        raise


async def main():
    tasks = []
    for i in range(5):
        tasks.append(asyncio.create_task(link(i, tasks)))
    await asyncio.sleep(0)
    print(tasks[0].cancel("stop"), [t.cancelling() for t in tasks])
    r = await asyncio.gather(*tasks, return_exceptions=True)
    print(r)
    for t in tasks[:2]:
        for _ in range(2):
            try:
                t.result()
            except asyncio.CancelledError as e:
                print(repr(e))
    fut = asyncio.get_running_loop().create_future()
    fut.cancel("plain")
    print(await asyncio.gather(fut, return_exceptions=True))


asyncio.run(main())

import asyncio


async def main():
    q = asyncio.Queue(2)
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    q.put_nowait("a")
    q.put_nowait("b")
    print(q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    print(issubclass(asyncio.QueueEmpty, Exception), asyncio.QueueEmpty, asyncio.QueueFull)
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print(unbounded.full(), unbounded.qsize())
    negative = asyncio.Queue(maxsize=-5)
    negative.put_nowait(1)
    print(negative.full())


asyncio.run(main())

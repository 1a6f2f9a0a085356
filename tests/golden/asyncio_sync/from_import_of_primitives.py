from asyncio import Queue, Lock, Event, run, sleep, wait_for
import asyncio


async def main():
    q = Queue()
    lock = Lock()
    ev = Event()
    print(hasattr(asyncio, "Semaphore"), getattr(asyncio, "LifoQueue").__name__, hasattr(asyncio, "NoSuchThing"))
    async with lock:
        q.put_nowait(1)
    ev.set()
    print(await wait_for(q.get(), 1), await ev.wait())
    print(asyncio.Queue is Queue, Queue.__module__, Lock.__module__, asyncio.QueueEmpty.__module__)
    try:
        asyncio.NoSuchThing
    except AttributeError as e:
        print(e)


run(main())

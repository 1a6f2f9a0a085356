import asyncio


class Hub:
    """Fans each message out to every subscriber's own queue."""

    def __init__(self):
        self.subscribers = {}
        self.closed = asyncio.Event()

    def subscribe(self, name):
        q = asyncio.Queue()
        self.subscribers[name] = q
        return q

    async def publish(self, message):
        for q in self.subscribers.values():
            await q.put(message)


async def client(hub, name, inbox, seen):
    while not hub.closed.is_set():
        get = asyncio.create_task(inbox.get())
        closed = asyncio.create_task(hub.closed.wait())
        done, pending = await asyncio.wait([get, closed], return_when=asyncio.FIRST_COMPLETED)
        for p in pending:
            p.cancel()
        if get in done:
            seen.append(f"{name}:{get.result()}")
    print(name, "leaves with", inbox.qsize(), "unread")


async def main():
    hub = Hub()
    seen = []
    clients = [asyncio.create_task(client(hub, n, hub.subscribe(n), seen)) for n in ("ann", "bob")]
    for msg in ("hello", "news", "bye"):
        await hub.publish(msg)
        await asyncio.sleep(0.01)
    hub.closed.set()
    await asyncio.gather(*clients)
    print(seen)


asyncio.run(main())

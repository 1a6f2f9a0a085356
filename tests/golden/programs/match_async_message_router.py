"""An asyncio message router: workers take messages from a queue and match
on their shape."""
import asyncio


async def handle(worker, msg, results):
    match msg:
        case {"op": "add", "args": [int(a), int(b)]}:
            await asyncio.sleep(0.01 * min(a, 3))
            results.append((worker, "add", a + b))
        case {"op": "echo", "text": str(text)}:
            results.append((worker, "echo", text.upper()))
        case {"op": "sleep", "seconds": float(s) | int(s)} if s < 1:
            await asyncio.sleep(s)
            results.append((worker, "slept", s))
        case {"op": "sleep"}:
            results.append((worker, "refused", "too long"))
        case {"op": op}:
            results.append((worker, "unknown", op))
        case None:
            return False
        case _:
            results.append((worker, "malformed", repr(msg)))
    return True


async def worker(name, queue, results):
    while True:
        msg = await queue.get()
        keep_going = await handle(name, msg, results)
        queue.task_done()
        if not keep_going:
            break


async def main():
    queue = asyncio.Queue()
    results = []
    messages = [
        {"op": "add", "args": [1, 2]},
        {"op": "echo", "text": "hello"},
        {"op": "sleep", "seconds": 0.05},
        {"op": "sleep", "seconds": 5},
        {"op": "add", "args": [1, "x"]},
        {"op": "frobnicate"},
        ["op", "add"],
        {"op": "add", "args": [40, 2]},
    ]
    for m in messages:
        queue.put_nowait(m)
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    for r in results:
        print(r)


asyncio.run(main())

import asyncio


class Job:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __lt__(self, other):
        return self.priority < other.priority


async def main():
    q = asyncio.PriorityQueue()
    for i, p in enumerate([2, 1, 2, 1, 2, 1, 2, 0, 2]):
        q.put_nowait(Job(p, f"job{i}"))
    names = []
    while not q.empty():
        job = q.get_nowait()
        names.append(f"{job.name}(p{job.priority})")
    print(" ".join(names))
    bad = asyncio.PriorityQueue()
    bad.put_nowait({"a": 1})
    try:
        bad.put_nowait({"b": 2})
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())

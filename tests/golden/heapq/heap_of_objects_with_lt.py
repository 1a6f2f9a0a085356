import heapq
class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"
h = []
for j in [Job(3, "c"), Job(1, "a"), Job(2, "b"), Job(1, "a2")]:
    heapq.heappush(h, j)
print(h)
print(heapq.heappop(h), heapq.heappop(h), h)

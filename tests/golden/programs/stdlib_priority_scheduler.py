import heapq
from dataclasses import dataclass, field
from enum import IntEnum
class Priority(IntEnum):
    HIGH = 0
    NORMAL = 1
    LOW = 2
@dataclass(order=True)
class Job:
    priority: Priority
    seq: int
    name: str = field(compare=False)
    cost: int = field(default=1, compare=False)
class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = 0
        self.clock = 0
    def submit(self, name, priority=Priority.NORMAL, cost=1):
        self.counter += 1
        heapq.heappush(self.queue, Job(priority, self.counter, name, cost))
    def run(self):
        while self.queue:
            job = heapq.heappop(self.queue)
            self.clock += job.cost
            print(f"t={self.clock:>2} ran {job.name:<10} ({job.priority.name.lower()}, seq {job.seq})")
            if job.name.startswith("retry") and job.cost < 3:
                self.submit(job.name, Priority.LOW, job.cost + 1)
s = Scheduler()
for name, prio, cost in [("backup", Priority.LOW, 5), ("email", Priority.HIGH, 1), ("report", Priority.NORMAL, 2),
                         ("retry-net", Priority.NORMAL, 1), ("alert", Priority.HIGH, 1), ("index", Priority.NORMAL, 3)]:
    s.submit(name, prio, cost)
s.run()
print("total time", s.clock, "jobs", s.counter)

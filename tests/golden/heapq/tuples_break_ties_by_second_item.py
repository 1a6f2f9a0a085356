import heapq
tasks = []
for prio, name in [(2, "write"), (1, "read"), (2, "append"), (0, "boot"), (1, "check")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))

import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])
try:
    heapq.heappop(h)
except IndexError as e:
    print("IndexError", e)

import heapq
h = [3, 5, 4, 9]
heapq.heapify(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, 1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 2))
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError", e)
try:
    heapq.heappush((), 1)
except TypeError as e:
    print(e)

import heapq
import random
random.seed(7)
for n in (0, 1, 2, 5, 10, 17):
    data = [random.randint(0, 50) for _ in range(n)]
    heapq.heapify(data)
    print(data)

import heapq
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3], [], [2], [0, 10])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])))
gen = heapq.merge((x * 2 for x in range(3)), (x * 3 for x in range(3)))
print(next(gen), list(gen))

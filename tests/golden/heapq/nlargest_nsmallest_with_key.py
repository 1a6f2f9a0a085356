import heapq
nums = [5, 1, 8, 3, 9, 2, 7, 1, 8]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(0, nums), heapq.nsmallest(20, nums))
words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(1, words), heapq.nlargest(1, iter(words)))
recs = [{"n": "a", "s": 3}, {"n": "b", "s": 9}, {"n": "c", "s": 3}]
print(heapq.nlargest(2, recs, key=lambda r: r["s"]))

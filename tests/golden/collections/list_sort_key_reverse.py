# sort is stable; key= and reverse= combine; sorted() leaves the original alone.
words = ["pear", "Fig", "apple", "kiwi", "banana", "date"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(reverse=True); print(pairs)
nums = [3, -1, 2, -5, 0]
print(sorted(nums, key=abs), nums)
nums.sort(); print(nums)
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted("cba"))

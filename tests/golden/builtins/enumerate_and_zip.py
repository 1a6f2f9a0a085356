# enumerate with start, zip stopping at the shortest, and unzipping with zip(*...).
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, letters = zip(*pairs)
print(nums, letters)
print(dict(zip(["k1", "k2"], [10, 20])))
for i, (a, b) in enumerate(zip("xy", "pq"), 1):
    print(i, a, b)

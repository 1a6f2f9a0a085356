# min/max over iterables and arguments, with key= and default=, and their errors.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), max([1, 5], [1, 7]))
words = ["apple", "fig", "banana", "kiwi"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(max([], default="empty"), min([], default=None), max([3], default=0))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min(["b", "a", "a2"], key=len))
print(max(1, 2.0), max(2.0, 2), min(-1, -1.0))
for f in [lambda: max([]), lambda: min(), lambda: max(1, "a")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

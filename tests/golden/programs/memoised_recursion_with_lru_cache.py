"""Dynamic programming the short way: recursive definitions memoised by lru_cache."""
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


@lru_cache(maxsize=None)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]),
                   edit_distance(a[1:], b[1:]))


COINS = (1, 5, 10, 25, 50)


@lru_cache(maxsize=256)
def ways(amount, i=0):
    if amount == 0:
        return 1
    if amount < 0 or i == len(COINS):
        return 0
    return ways(amount - COINS[i], i) + ways(amount, i + 1)


print("fib(90) =", fib(90))
print(fib.cache_info())
print("partitions of 40:", partitions(40, 40))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution")]:
    print(f"edit_distance({a!r}, {b!r}) = {edit_distance(a, b)}")
print("ways to change 100 cents:", ways(100))
info = ways.cache_info()
print("cache full:", info.currsize == info.maxsize, "misses > hits:", info.misses > info.hits)

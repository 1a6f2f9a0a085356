from functools import lru_cache
calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(calls)
print(sq.cache_info())
print(sq.cache_parameters())

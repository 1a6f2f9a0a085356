from functools import lru_cache
@lru_cache(maxsize=0)
def f(x):
    return x
f(1); f(1)
print(f.cache_info())
@lru_cache(maxsize=10)
def g(a, b=0):
    return a + b
print(g(1, b=2), g(1, b=2), g(1, 2), g.cache_info())

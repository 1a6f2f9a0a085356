from functools import lru_cache
@lru_cache
def ident(x):
    return x
print(ident(1), ident(1.0), ident.cache_info())
@lru_cache(typed=True)
def ident2(x):
    return x
print(ident2(1), ident2(1.0), ident2.cache_info())
print(ident.__name__, ident.__wrapped__(5))
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)

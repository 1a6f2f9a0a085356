class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0
        self.evictions = []

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evictions.append(oldest)
            del self.data[oldest]
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def keys(self):
        return list(self.data)

    def __repr__(self):
        return "LRUCache(%d, %r)" % (self.capacity, self.data)

    def stats(self):
        total = self.hits + self.misses
        rate = self.hits / total if total else 0.0
        return "hits=%d misses=%d rate=%.2f" % (self.hits, self.misses, rate)


cache = LRUCache(3)
cache.put("a", 1)
cache.put("b", 2)
cache.put("c", 3)
print(cache)
print(cache.get("a"))
cache.put("d", 4)
print(cache.keys(), "b" in cache, cache.evictions)
print(cache.get("b"), cache.get("b", "gone"))
cache.put("c", 30)
cache.put("e", 5)
print(cache, len(cache))
print(cache.stats())
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)


def memoize(capacity):
    def decorator(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            result = cache.get(args, None)
            if result is None:
                result = fn(*args)
                cache.put(args, result)
            return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator


@memoize(100)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.__name__)
print(fib.cache.stats(), len(fib.cache))


@memoize(2)
def square(n):
    print("computing", n)
    return n * n


for n in [1, 2, 1, 3, 2, 1]:
    print(square(n))
print(square.cache.keys(), square.cache.evictions)

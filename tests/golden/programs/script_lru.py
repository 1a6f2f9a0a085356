class _Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity: int):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
            self._push_front(n)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            print(f"  evict {lru.key!r}")
        n = _Node(key, value)
        self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map
    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self.keys())
        return f"LRUCache({{{items}}})"

def memo(cache):
    def deco(fn):
        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = fn(n)
                cache.put(n, r)
            return r
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

def main():
    c = LRUCache(3)
    c.put("a", 1); c.put("b", 2); c.put("c", 3)
    print(c, c.get("a"))
    c.put("d", 4)
    print(c.keys(), "b" in c, len(c))
    c.put("c", 30)
    c.put("e", 5)
    print(c)
    print(c.get("zz", -1), c.hits, c.misses)
    try:
        LRUCache(0)
    except ValueError as e:
        print("error:", e)
    fc = LRUCache(100)
    @memo(fc)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    print(fib(60), fib.__name__, len(fc), fc.hits)

if __name__ == "__main__":
    main()

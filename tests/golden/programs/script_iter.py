class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Range2:
    def __init__(self, start, stop=None, step=1):
        if stop is None:
            start, stop = 0, start
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        i = self.start
        while (i < self.stop) if self.step > 0 else (i > self.stop):
            yield i
            i += self.step
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self)[i]
        return list(self)[i]

class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b

class Sentence:
    def __init__(self, text):
        self.words = text.split()
    def __getitem__(self, i):
        return self.words[i]

def chunked(iterable, n):
    buf = []
    for x in iterable:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf = []
    if buf:
        yield tuple(buf)

def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            return total
        total += x
        count += 1
        avg = total / count

def main():
    print(list(Countdown(5)))
    c = Countdown(3)
    print(next(c), next(c), next(c), next(c, "done"))
    for x in c:
        print("never", x)
    r = Range2(2, 20, 3)
    print(list(r), len(r), list(reversed(r)), r[1], r[-1], r[1:3])
    print(list(Range2(5)), list(Range2(10, 0, -2)), len(Range2(10, 0, -2)))
    print(list(Fib(100)), sum(Fib(1000)))
    print(list(Sentence("the cat sat")), "cat" in Sentence("the cat sat"))
    print(list(chunked(range(10), 3)))
    g = running_avg()
    next(g)
    for v in [10, 20, 60]:
        print(g.send(v))
    try:
        g.send(None)
    except StopIteration as e:
        print("total", e.value)
    it = iter([1, 2, 3])
    print(list(zip(it, it)), list(it))
    print(dict(enumerate("abc", start=1)))
    gen = (x * x for x in range(5))
    print(next(gen), list(gen))
    print(list(map(lambda p: p[0] * p[1], zip(Fib(50), Countdown(10)))))
    print(sorted(Fib(30), reverse=True), any(x > 20 for x in Fib(30)), all(Countdown(3)))
    it2 = iter(Countdown(2))
    print(it2 is iter(it2))

if __name__ == "__main__":
    main()

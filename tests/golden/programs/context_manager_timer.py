import time


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


class Timer:
    def __init__(self, label, clock=time.perf_counter, report=True):
        self.label = label
        self.clock = clock
        self.report = report
        self.elapsed = None

    def __enter__(self):
        self.start = self.clock()
        if self.report:
            print("[" + self.label + "] started")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = self.clock() - self.start
        if self.report:
            status = "failed with " + exc_type.__name__ if exc_type else "done"
            print("[%s] %s in %.2fs" % (self.label, status, self.elapsed))
        return False


clock = FakeClock()
with Timer("load", clock) as t:
    clock.advance(1.5)
print(t.elapsed)

try:
    with Timer("parse", clock):
        clock.advance(0.25)
        raise ValueError("bad input")
except ValueError as e:
    print("caught:", e)

timings = {}
for name, cost in [("a", 0.1), ("b", 2.0), ("c", 0.75)]:
    with Timer(name, clock, report=False) as t:
        clock.advance(cost)
    timings[name] = round(t.elapsed, 3)
print(timings)
print("slowest:", max(timings, key=timings.get))

with Timer("real clock", report=False) as real:
    total = sum(range(1000))
print("real elapsed is a float:", isinstance(real.elapsed, float), real.elapsed >= 0, total)
print("time.time() is positive:", time.time() > 0)


class Nested:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Nested.depth + "begin " + self.name)
        Nested.depth += 1
        return self

    def __exit__(self, *exc):
        Nested.depth -= 1
        print("  " * Nested.depth + "end " + self.name)


with Nested("outer"):
    with Nested("middle"):
        with Nested("inner"):
            print("      work")
    with Nested("sibling"):
        pass

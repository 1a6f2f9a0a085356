class Countdown:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
for i in Countdown(3):
    print("tick", i)
print(list(Countdown(4)))
print(sum(Countdown(10)))
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(5)
print(first, rest)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
print(list(zip(Countdown(3), "abc")))
print(sorted(Countdown(4)), max(Countdown(4)), 2 in Countdown(3), 9 in Countdown(3))
print(tuple(Countdown(2)), set(Countdown(3)), dict(zip(Countdown(2), Countdown(2))))
print([x * x for x in Countdown(3)])
print(list(enumerate(Countdown(2))))
try:
    x, y = Countdown(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z = Countdown(2)
except ValueError as e:
    print(type(e).__name__, e)

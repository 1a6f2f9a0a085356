# A generator's body runs only when next() asks for a value, pausing at each yield; infinite generators stop with break.
def gen():
    print("  start")
    yield 1
    print("  after first")
    yield 2
    print("  end")

g = gen()
print("created")
print("next ->", next(g))
print("between")
print("next ->", next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
print("again:", next(g, "default"))

def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 30:
        print("break at", n)
        break
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])

def countdown(n):
    while n > 0:
        yield n
        n -= 1
for x in countdown(3):
    print("tick", x)
else:
    print("for/else ran")
for x in countdown(5):
    if x == 4:
        break
else:
    print("not printed")
print(list(countdown(0)), list(countdown(4)))

# A lambda whose body holds `yield` is a generator function; the value of its
# body is the generator's return value.
g = lambda: (yield)
gen = g()
print(type(gen).__name__, g.__name__)
print(next(gen))
try:
    gen.send(42)
except StopIteration as e:
    print("returned", e.value)
k = lambda: [(yield 1), (yield 2)]
it = k()
print(next(it), it.send("a"))
try:
    it.send("b")
except StopIteration as e:
    print("returned", e.value)

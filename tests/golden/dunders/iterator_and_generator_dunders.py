# Built-in iterators and generators have __iter__ and __next__; generators
# have __name__ and __qualname__.
it = iter([1, 2])
print(hasattr(it, "__next__"), hasattr(it, "__iter__"), it.__iter__() is it)
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print("StopIteration")
for x in [iter((1,)), iter("a"), iter({1: 2}), iter({5}), enumerate("z"), zip([1], [2]),
          map(str, [1]), filter(None, [1]), reversed([4]), iter(range(1))]:
    print(type(x).__name__, x.__next__())


def gen():
    yield 1
    return 9


g = gen()
print(g.__name__, g.__qualname__, type(g).__name__, hasattr(g, "__next__"))
print(g.__next__(), g.__iter__() is g)
try:
    g.__next__()
except StopIteration as e:
    print("StopIteration", e.value)


def outer():
    def inner():
        yield 2
    return inner()


print(outer().__qualname__, outer().__name__, (x for x in []).__name__)

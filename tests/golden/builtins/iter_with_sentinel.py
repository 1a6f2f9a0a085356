# iter(callable, sentinel) calls until the sentinel comes back.
class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


it = iter(Counter(), 4)
print(type(it).__name__, list(it), list(it))
words = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(words), "")))
print(next(iter(Counter(), 9)), hasattr(iter(Counter(), 1), "__next__"))
try:
    iter(5, 1)
except TypeError as e:
    print(e)

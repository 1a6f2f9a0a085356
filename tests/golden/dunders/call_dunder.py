class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1, **kw):
        self.calls += 1
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1))
print(add5(1, 2, 3, scale=2))
print(add5(0, z=1, a=2))
print(add5.calls)
print(list(map(Adder(1), [1, 2])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache), type(fib).__name__)

import functools
class A:
    @functools.lru_cache(maxsize=None)
    def f(self, x):
        return x * 2
    @functools.cached_property
    def p(self):
        return 5
    @staticmethod
    @functools.cache
    def s(x):
        return x + 1
a = A()
print(a.f(2), a.f(2), A.f.cache_info(), a.p, a.s(1), A.s(1))
print(functools.partial(A.f, a)(3))
@functools.wraps(len)
def mylen(x): return 0
print(mylen.__name__)
@functools.total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __le__(self, o): return self.v <= o.v
print(N(1) < N(2), N(2) > N(1), N(1) >= N(1))
print(functools.reduce(lambda a, b: a + b, "abc", "x"))
from functools import singledispatch
@singledispatch
def f(x): return "base"
@f.register(int)
@f.register(float)
def _(x): return "num"
print(f(1), f(1.5), f("a"))
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def hello(name: str) -> str:
    "Greets."
    return "hi " + name
print(hello("x"), hello.__annotations__, hello.__doc__, hello.__wrapped__.__name__)
print(sorted(["a", "B", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

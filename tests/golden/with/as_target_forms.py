class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Pair() as (a, b):
    print(a, b)
with Pair() as [x, y]:
    print(x + y)
class Holder:
    pass
h = Holder()
with Pair() as h.attr:
    pass
print(h.attr)
d = {}
with Pair() as d["k"]:
    pass
print(d)
class Self:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
    def hello(self):
        return "hi"
with Self() as s:
    print(s.hello(), type(s).__name__)
class NoneEnter:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with NoneEnter() as n:
    print(n)
try:
    with Pair() as (p, q, r):
        print("nope")
except ValueError as e:
    print(type(e).__name__, e)

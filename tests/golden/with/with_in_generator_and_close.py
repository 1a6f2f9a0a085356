class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
def gen():
    with CM("gen"):
        yield 1
        yield 2
g = gen()
print(next(g))
g.close()
print("closed")
for v in gen():
    print("got", v)
g2 = gen()
next(g2)
try:
    g2.throw(ValueError("thrown"))
except ValueError as e:
    print("propagated", e)

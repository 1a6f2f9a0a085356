class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.items is b.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = Fixed(), Fixed()
c.add(1)
d.add(2)
print(c.items, d.items)
class Num:
    n = 0
    def inc(self):
        self.n += 1
e = Num()
e.inc(); e.inc()
print(e.n, Num.n, "n" in e.__dict__)

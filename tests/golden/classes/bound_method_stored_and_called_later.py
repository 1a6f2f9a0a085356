class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)

a = Acc()
adders = [a.add, a.add]
print(adders[0](1), adders[1](2))
print(a.items)
f = a.add
print(list(map(f, [10, 20, 30])))
print(a.items)
b = Acc()
fns = [a.add, b.add]
for fn in fns:
    fn("x")
print(a.items, b.items)
print(a.add == b.add, a.add == a.add)
def plain(self):
    return "plain on " + type(self).__name__
Acc.plain = plain
print(a.plain())
a.inst_fn = plain
try:
    a.inst_fn()
except TypeError as e:
    print(type(e).__name__, e)
print(a.inst_fn(a))

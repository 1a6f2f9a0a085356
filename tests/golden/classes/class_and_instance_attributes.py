class Counter:
    count = 0
    label = "base"

    def __init__(self, name):
        self.name = name
        Counter.count += 1

a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
print(a.name, b.name)
Counter.label = "changed"
print(a.label, b.label)
b.label = "own"
print(a.label, b.label, Counter.label)
print("name" in a.__dict__, "label" in a.__dict__, "label" in b.__dict__)
try:
    print(a.missing)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Counter.missing)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)

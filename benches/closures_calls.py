# Closure creation, cell access, keyword and default arguments.
def make_adder(n):
    def add(x, scale=1):
        return x * scale + n
    return add

def make_counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc

total = 0
counter = make_counter()
for i in range(1200000):
    f = make_adder(i & 15)
    total += f(i, scale=2) + f(1)
    counter()
print("closures_calls", total, counter())

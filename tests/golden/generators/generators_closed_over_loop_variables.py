# Generators created in a loop see the loop variable's value when they run, not when they were created.
gens = []
for i in range(3):
    gens.append((i * 10 + j for j in range(2)))
print([list(g) for g in gens])

def make(i):
    return (i * 10 + j for j in range(2))
print([list(make(i)) for i in range(3)])

funcs = []
for i in range(3):
    def gen():
        yield i
        yield i + 100
    funcs.append(gen)
print([list(f()) for f in funcs])

def counter_factory():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return gen
gen = counter_factory()
a = gen()
b = gen()
print(next(a), next(b), next(a), list(b), list(a))

def outer():
    x = "before"
    g = (x for _ in range(1))
    x = "after"
    return g
print(list(outer()))

def param_default(n, step=1):
    for k in range(n):
        yield k * step
gs = [param_default(3, step=s) for s in (1, 5)]
print([list(g) for g in gs])

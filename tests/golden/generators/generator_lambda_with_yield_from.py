# `yield from` in a lambda delegates, as in a `def`.
count_to = lambda n: (yield from range(1, n + 1))
print(list(count_to(4)))
both = lambda a, b: ((yield from a), (yield from b))
gen = both("xy", [1])
print(list(gen))

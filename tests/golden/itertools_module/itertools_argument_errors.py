import itertools
for make in (lambda: itertools.chain.from_iterable(5), lambda: itertools.cycle(5),
             lambda: itertools.pairwise(None), lambda: itertools.islice(3, 1)):
    try:
        list(make())
    except TypeError as e:
        print("TypeError:", e)
try:
    list(itertools.combinations("abc", -2))
except ValueError as e:
    print("ValueError:", e)
try:
    list(itertools.product("ab", repeat=-1))
except ValueError as e:
    print("ValueError:", e)

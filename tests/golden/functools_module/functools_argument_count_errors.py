import functools
for call in (lambda: functools.reduce(max), lambda: functools.reduce(max, [], 0, 1),
             lambda: functools.partial(), lambda: functools.partial(3),
             lambda: functools.cmp_to_key(), lambda: functools.lru_cache("big")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

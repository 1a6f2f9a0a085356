# Script code called back from builtins (sorted's key, map, generators driven by next)
# nests as deep as the recursion limit allows, and past it raises RecursionError.
def by_key(n):
    if n == 0:
        return 0
    return sorted([n], key=lambda x: by_key(n - 1))[0]


def by_map(n):
    if n == 0:
        return 0
    return max(map(lambda x: by_map(x), [n - 1])) + 1


def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)


def nexts(n):
    if n == 0:
        return 0
    return next(iter([nexts(n - 1) + 1]))


print(by_key(250), by_map(250), next(chain(300)), nexts(300))
for f in (by_key, by_map, nexts):
    try:
        f(5000)
    except RecursionError as e:
        print(f.__name__, "RecursionError:", e)
for n in (900, 5000):
    try:
        print(n, next(chain(n)))
    except RecursionError as e:
        print(n, "RecursionError:", e)

from collections import deque, Counter, OrderedDict, namedtuple
def describe(x):
    match x:
        case [first, *rest]:
            return f"sequence starting {first!r}, {len(rest)} more"
        case {"a": n, **rest}:
            return f"mapping with a={n}, others {sorted(rest)}"
        case _:
            return "something else"
print(describe(deque([1, 2, 3])))
print(describe(Counter("aab")))
print(describe(OrderedDict(a=1, b=2)))
print(describe(namedtuple("P", "x y")(5, 6)))
print(describe(deque()))

a = frozenset([3, 1, 2, 1])
b = frozenset({2, 3, 4})
print(sorted(a), len(a), 1 in a, 5 in a)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | b).__name__, type(a | {9}).__name__, type({9} | a).__name__)
print(frozenset(), repr(frozenset([1])), frozenset([1, 2]) == {1, 2})
d = {a: "frozen key"}
print(d[frozenset([1, 2, 3])])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    a.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(a.issubset({1, 2, 3, 4}), a.isdisjoint({7}), a.union([8]) == frozenset({1, 2, 3, 8}))
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset("aa"), sorted(frozenset("abc")))

# Set algebra on small ints (whose iteration order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.union([0], (6,)))
print(3 in a, 7 in a, {1, 2} <= a, {1, 5} <= a, a >= {1}, {1} < {1}, set() == set())
s = set()
s.add(2); s.add(1); s.add(2); print(s, len(s))
s.discard(5); s.discard(1); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set([3, 1, 3, 2]), set("aa"), sorted({"b", "a", "c"}))
print({1, 2, 2, 3}, {n % 3 for n in range(10)})

from collections import deque
a = deque([1, 2])
b = deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, a == [1, 2])
print(a + b, a * 2, 2 * a)
c = a.copy()
c.append(9)
print(a, c)
a += [5]
print(a)
print(3 in a, 7 in a, list(reversed(a)))
try:
    a + [1]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError:
    print("unhashable")

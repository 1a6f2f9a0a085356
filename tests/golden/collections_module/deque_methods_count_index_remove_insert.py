from collections import deque
d = deque([1, 2, 3, 2, 1])
print(d.count(2), d.index(3), d.index(1, 1))
d.remove(2)
print(d)
d.insert(1, "x")
print(d)
d.reverse()
print(d)
try:
    d.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    d.index(99)
except ValueError as e:
    print("ValueError:", e)
f = deque([1], maxlen=1)
try:
    f.insert(0, 2)
except IndexError as e:
    print("IndexError:", e)

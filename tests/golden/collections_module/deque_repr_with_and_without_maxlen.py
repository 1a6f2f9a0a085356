from collections import deque
print(deque())
print(deque("abc"))
print(deque(range(3), maxlen=5))
print(repr(deque([[1], (2,)], 2)))
d = deque()
d.append(d)
print(d)

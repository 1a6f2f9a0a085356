from collections import deque
d = deque([2, 3])
d.append(4)
d.appendleft(1)
print(d)
print(d.pop(), d.popleft(), d)
print(len(d), bool(d), bool(deque()))

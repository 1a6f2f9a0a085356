from collections import deque
try:
    deque([], -1)
except ValueError as e:
    print("ValueError:", e)
d = deque([1, 2, 3], maxlen=0)
print(d)
d.clear()
print(len(d))

from collections import deque
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d, d.maxlen)
d.extend([7, 8])
print(d)
d.extendleft([10, 11])
print(d)
print(deque([1, 2]).maxlen)

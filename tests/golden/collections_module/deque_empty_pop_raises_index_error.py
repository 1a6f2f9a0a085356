from collections import deque
d = deque()
for op in (d.pop, d.popleft):
    try:
        op()
    except IndexError as e:
        print(type(e).__name__, e)

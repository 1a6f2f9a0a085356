from collections import deque
d = deque("abcde")
print(d[0], d[-1], d[2])
d[1] = "B"
del d[0]
print(d)
for bad in (10, -10):
    try:
        d[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    d["x"]
except TypeError as e:
    print("TypeError:", e)

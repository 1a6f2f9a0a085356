# coro-only: CPython overflows its C stack and crashes here; Coro raises RecursionError
# With the recursion limit set far above what any stack holds, comparing and
# printing deeply nested containers still ends in RecursionError.
import sys
sys.setrecursionlimit(10**9)
a = []
b = [a]
a.append(b)
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
e = {1: d}
d[1] = e
try:
    print(d == e)
except RecursionError as e:
    print("RecursionError:", e)
deep = []
for i in range(200000):
    deep = [deep]
try:
    print(len(repr(deep)))
except RecursionError as e:
    print("RecursionError:", e)
shallow = []
for i in range(5000):
    shallow = [shallow]
print(len(repr(shallow)), shallow == shallow[0])

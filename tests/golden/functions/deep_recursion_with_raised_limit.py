# With the recursion limit raised to 20000, a depth of 10000 works.
import sys
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(10000))
def total(xs, i):
    return 0 if i == len(xs) else xs[i] + total(xs, i + 1)
print(total(list(range(5000)), 0))

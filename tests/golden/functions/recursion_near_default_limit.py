# The default limit is 1000; a recursion 900 deep runs without raising it.
import sys
print(sys.getrecursionlimit())
def down(n):
    if n == 0:
        return "bottom"
    return down(n - 1)
print(down(900))

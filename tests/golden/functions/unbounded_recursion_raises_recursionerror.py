# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 900)
print("still running")

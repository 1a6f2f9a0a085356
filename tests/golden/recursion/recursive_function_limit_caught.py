import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(100) % 1000007)
print(len(str(fact(500))))
print(sys.getrecursionlimit() >= 1000)
class Walker:
    def walk(self, n):
        return self.walk(n + 1)
try:
    Walker().walk(0)
except RecursionError as e:
    print("method", type(e).__name__)

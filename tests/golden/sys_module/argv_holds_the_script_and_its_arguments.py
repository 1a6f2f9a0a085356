# coro-test: args alpha --beta 3
import sys

print(sys.argv)
print(sys.argv[1:], len(sys.argv))
print(int(sys.argv[-1]) * 2)

import sys

lines = sys.stdin.readlines()
print(lines)
print(sorted(int(x) for x in lines))

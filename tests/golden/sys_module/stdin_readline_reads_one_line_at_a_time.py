import sys

first = sys.stdin.readline()
second = sys.stdin.readline()
print(repr(first), repr(second))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline()))

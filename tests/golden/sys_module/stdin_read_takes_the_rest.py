import sys

head = sys.stdin.read(4)
print(repr(head))
print(repr(sys.stdin.read(3)))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()))

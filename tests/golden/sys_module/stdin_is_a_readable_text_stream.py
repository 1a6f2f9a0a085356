import sys

print(sys.stdin.name, sys.stdin.mode, sys.stdin.encoding)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.fileno())
print(sys.stdin is sys.__stdin__)
print(repr(sys.stdin))

import sys

total = 0
for n, line in enumerate(sys.stdin, 1):
    words = line.split()
    total += len(words)
    print(n, len(words), line.rstrip("\n").upper())
print("words:", total)

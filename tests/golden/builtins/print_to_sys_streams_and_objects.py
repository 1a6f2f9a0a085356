# sys.stdout and sys.stderr as objects: print(file=...), write(), redirection to any object with write().
import sys

print("to stdout")
print("to stderr", file=sys.stderr)
n = sys.stdout.write("written\n")
print(n, sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout is sys.__stdout__)
print(repr(sys.stdout))
sys.stderr.write("error text\n")
print("flushed", flush=True)
sys.stdout.flush()


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


cap = Capture()
print("a", "b", sep="-", file=cap)
print("c", end="", file=cap, flush=True)
old = sys.stdout
sys.stdout = cap
print("captured", 1, 2)
sys.stdout = old
print(cap.parts)
print("back", file=None)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)

import sys


class Lines:
    def __init__(self, *lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


sys.stdin = Lines("from an object\n", "second")
rec = Recorder()
sys.stdout = rec
a = input("prompt> ")
b = input()
sys.stdout = sys.__stdout__
print(repr(a), repr(b), rec.parts)
try:
    input()
except EOFError as e:
    print("EOFError", e)
sys.stdin = sys.__stdin__
print(repr(input("real: ")))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class Both:
    def __len__(self):
        print("len called")
        return 0
    def __bool__(self):
        print("bool wins")
        return True
class Neither:
    pass
print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
print(bool(Flag(False)), not Flag(True))
if Both():
    print("Both is true")
print(bool(Neither()))
print("yes" if Sized(0) else "no", Sized(1) and "and-value", Sized(0) or "or-value")
print([x.n for x in [Sized(0), Sized(1), Sized(2)] if x])
n = 0
s = Sized(3)
while s:
    s.n -= 1
    n += 1
print(n)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)

class L:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v
for v in ["3", 2.0, -1, None]:
    try:
        print(len(L(v)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
print(len(L(True)))
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
for v in [1, "yes", None]:
    try:
        print(bool(B(v)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    if B(0):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class A:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, A):
            return A(self.v + o.v)
        return NotImplemented
    def __radd__(self, o):
        return A(o + self.v)
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return self.v > o.v
    def __iadd__(self, o):
        if o == 0:
            return NotImplemented
        self.v += o
        return self
    def __repr__(self):
        return f"A({self.v})"

class B(A):
    def __radd__(self, o):
        return "B.radd"

class Boom:
    def __add__(self, o):
        raise ValueError("boom")
    def __eq__(self, o):
        return 1 / 0

print(A(1) + A(2), 1 + A(5))
print(A(1) + B(2))
print(A(1) < A(2), A(3) < A(2))
x = A(1); x += 5; print(x)
try:
    x += 0
except TypeError as e:
    print(e)
print(type(x).__name__)
try:
    A(1) + "s"
except TypeError as e:
    print(e)
total = []
for i in range(3):
    try:
        total.append(Boom() + i)
    except ValueError as e:
        total.append(str(e))
print(total)
try:
    Boom() == 3
except ZeroDivisionError as e:
    print("zde", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class RaiseInit:
    def __init__(self, x):
        raise KeyError(x)
for k in range(2):
    try:
        RaiseInit(k)
    except KeyError as e:
        print("ke", e)
def gen():
    yield A(1) + A(2)
    yield A(2) < A(1)
print(list(gen()))
print(sum([A(1), A(2)], A(0)))
print(sorted([A(3), A(1), A(2)], key=lambda a: a.v))
print([A(1) + A(i) for i in range(3)])
class N:
    def __eq__(self, o):
        return NotImplemented
print(N() == N(), N() != N())
class E(Exception):
    def __add__(self, o):
        return "E+"
print(E() + 1)

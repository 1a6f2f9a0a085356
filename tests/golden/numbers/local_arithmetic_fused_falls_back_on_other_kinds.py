def arith(x, y):
    return [x + 1, x - 2, x * 3, x // 2, x % 5, x ** 2, x << 1, x + y, x - y, x * y]

print(arith(7, 3))
print(arith(2 ** 62, 2 ** 62))
print(arith(-2 ** 63, 1))
try:
    print(arith(2.5, 0.5))
except TypeError as e:
    print(e)
print(arith(True, False))

def div(x, y):
    try:
        print(x / y, x // 2)
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        print(x // 0)
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        print(x % y)
    except ZeroDivisionError as e:
        print("zde", e)

div(7, 0)
div(7.0, 0.0)

def strs(s, t):
    try:
        return s + 1
    except TypeError as e:
        return str(e) + " | " + s + t

print(strs("a", "b"))

def loop(n, stop):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
        if i >= stop:
            break
    return total, i

print(loop(10, 100), loop(10, 4), loop(2.5, 100), loop(2 ** 70, 3))

def picked(c, a, b):
    return (a if c else b) + 1, (a if c else b) < 3

print(picked(True, 1, 10), picked(False, 1, 10))

def cmp_locals(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a == b:
        out.append("eq")
    if a is b:
        out.append("is")
    if a != b:
        out.append("ne")
    return out

print(cmp_locals(1, 2), cmp_locals(2.0, 2), cmp_locals("x", "x"), cmp_locals(0, 0))
print(cmp_locals([1], [1]), cmp_locals((1, 2), (1, 3)))

class W:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __add__(self, o):
        return W(self.v + (o.v if isinstance(o, W) else o))
    def __eq__(self, o):
        return isinstance(o, W) and self.v == o.v

print(cmp_locals(W(1), W(2)), (W(1) + 1).v)

def unbound():
    if False:
        n = 1
    return n + 1

try:
    unbound()
except UnboundLocalError as e:
    print(e)

def unbound_cmp(m):
    if False:
        n = 1
    if m < n:
        return 1

try:
    unbound_cmp(1)
except UnboundLocalError as e:
    print(e)

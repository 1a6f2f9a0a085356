def f(a, b=2, *, c=3, d):
    return (a, b, c, d)

print(f(1, d=4), f(1, 5, d=6, c=7), f(d=0, a=9), f(a=1, b=2, c=3, d=4))
for bad in [lambda: f(1), lambda: f(1, 2, 3, d=1), lambda: f(1, a=2, d=3), lambda: f(1, e=5, d=1), lambda: f(d=1)]:
    try:
        bad()
    except TypeError as e:
        print(e)

def g(x, y=[]):
    y.append(x)
    return y

print(g(1), g(2), g(3, []), g(y=[9], x=4))

def p(a, b, /, c=1):
    return a, b, c

print(p(1, 2), p(1, 2, c=5))
try:
    p(1, b=2)
except TypeError as e:
    print(e)

def h(a, b, c=10, d=20):
    return a + b + c + d
print(h(1, 2), h(1, 2, 3), h(1, 2, d=0), h(b=1, a=2, d=3, c=4), h(1, c=1, b=1))
try:
    h(1)
except TypeError as e:
    print(e)
try:
    h(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)

class K:
    def m(self, x, scale=2, *, off=0):
        return x * scale + off
k = K()
print(k.m(3), k.m(3, 3), k.m(3, off=1), k.m(x=1, scale=1, off=1))
try:
    k.m()
except TypeError as e:
    print(e)

def rec(n, acc=0):
    return acc if n == 0 else rec(n - 1, acc=acc + n)
print(rec(100))
def outer():
    v = 5
    def inner(a, b=v):
        return a + b + v
    return inner
print(outer()(1), outer()(1, b=0))

# Containers that contain each other compare until the recursion limit and
# raise RecursionError, as CPython does; the same object is equal at once.
def attempt(what, f):
    try:
        print(what, f())
    except RecursionError as e:
        print(what, "RecursionError:", e)

a = []
b = [a]
a.append(b)
attempt("a == b", lambda: a == b)
attempt("a != b", lambda: a != b)
attempt("a < b", lambda: a < b)
attempt("b in [a]", lambda: b in [a])
attempt("[a].count(b)", lambda: [a].count(b))
attempt("[a].index(b)", lambda: [a].index(b))
attempt("a == a", lambda: a == a)

d = {}
e = {1: d}
d[1] = e
attempt("d == e", lambda: d == e)
attempt("d != e", lambda: d != e)
attempt("[d] == [e]", lambda: [d] == [e])

x = [1]
t = (x,)
x.append(t)
attempt("t == (x,)", lambda: t == (x,))
u = [1]
u.append((u,))
attempt("t == (u,)", lambda: t == (u,))

deep1 = deep2 = ()
for i in range(100000):
    deep1 = (deep1,)
    deep2 = (deep2,)
attempt("deep1 == deep1", lambda: deep1 == deep1)
attempt("deep1 == deep2", lambda: deep1 == deep2)
attempt("hash(deep1) == hash(deep1)", lambda: hash(deep1) == hash(deep1))
print("still running")

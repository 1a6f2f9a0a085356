from functools import partial
p = partial(max, 1, 2)
print(p, p(5))
q = partial(p, 9)
print(q, q.args, q())
print(partial(int, base=2), partial(int, base=2)("101"))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)

a = [1]
a.append(a)
print(a == a, a is a)
b = [1]
b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print(type(e).__name__)
c = [1, 2]
d = [1, 3]
c.append(c)
d.append(d)
print(c == d)
x = {}
x["x"] = x
print(x == x)
print(a in a, len([a, a]))

a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
print(len(a), a[2] is a, a[2][2][2] is a)
b = []
b.append(b)
print(b)
c = [b, b]
print(c)
x = [1]
y = [x]
x.append(y)
print(x)
print(y)

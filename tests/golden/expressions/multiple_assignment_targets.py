# a = b = value binds every target to the same object, left to right.
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 5
print(x, y, z)
lst = [0, 0, 0]
i = 0
i = lst[i] = 2
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)

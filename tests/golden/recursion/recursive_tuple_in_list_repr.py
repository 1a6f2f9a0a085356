l = []
t = (l, l)
l.append(t)
print(l)
print(t)
d = {1: l}
l.append(d)
print(l)
print(d)
s = [[[]]]
s[0][0].append(s)
print(s)
print(str(s) == repr(s))

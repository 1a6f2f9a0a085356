a = [1]
a.append(a)
print(str(a), "%s" % (a,), f"{a}", format(a))
d = {}
d[1] = d
print(str(d), f"{d!r}")
print(str([a, d]))
print(len(repr(a)), repr(a).count("..."))
t = [[]]
t[0].append(t[0])
print(t, t[0])

# Growing or shrinking a set while iterating over it raises RuntimeError.
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
print(sorted(s))
s = {1, 2, 3}
try:
    for x in s:
        s.discard(3)
except RuntimeError as e:
    print(e)
it = iter(s)
print(list(it))
s.add(7)
print(next(it, "exhausted"))
s = {5}
for x in s:
    s.discard(x)
    s.add(x)
print(s)

# A slice assignment takes any iterable; a non-iterable gets CPython's messages.
l = [1, 2, 3]
l[0:1] = map(str, [7, 8])
print(l)
l[::2] = iter("xy")
print(l)
try:
    l[1:2] = 5
except TypeError as e:
    print(e)
try:
    l[::2] = 5
except TypeError as e:
    print(e)

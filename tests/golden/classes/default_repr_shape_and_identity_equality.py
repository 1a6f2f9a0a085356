class C:
    pass
c = C()
d = C()
print(repr(c).startswith("<__main__.C object at 0x"), repr(c).endswith(">"))
print(str(c) == repr(c))
print(c == c, c == d, c != d, c is d)
print(hash(c) == hash(c))
s = {c, d, c}
print(len(s))
dd = {c: 1, d: 2}
dd[c] = 3
print(dd[c], dd[d], len(dd))
print(c in [d], c in [d, c])
try:
    c < d
except TypeError as e:
    print(type(e).__name__, e)
try:
    c + d
except TypeError as e:
    print(type(e).__name__, e)
class Inner:
    class Deep:
        pass
print(repr(Inner.Deep()).startswith("<__main__.Inner.Deep object at 0x"))
print(c.__eq__(d), c.__eq__(c), c.__ne__(d))

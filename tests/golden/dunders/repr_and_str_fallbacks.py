class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r, str(r), repr(r))
print(s, str(s), repr(s).startswith("<__main__.OnlyStr object"))
print(b, str(b), repr(b))
print([r, b], (b,), {"k": b})
print("%s %r" % (b, b))
print(f"{b} {b!r} {b!s}")
print(str([s])[:20])
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

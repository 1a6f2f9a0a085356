# find/rfind/index/rindex/count/startswith/endswith with start/end and int needles.
b = b"abracadabra"
print(b.find(b"bra"), b.find(b"bra", 2), b.find(b"bra", 2, 8), b.find(b"zz"), b.find(b""), b.find(b"", 20))
print(b.rfind(b"bra"), b.rfind(b"bra", 0, 9), b.rfind(b"a", -3), b.rfind(b""), b.rfind(b"", 3, 5))
print(b.find(97), b.find(98, 2), b.rfind(99), b.find(0), b.count(97), b.count(97, 1, -1))
print(b.index(b"cad"), b.rindex(b"a"), b.index(100), b.rindex(98, 0, 5))
print(b.count(b"a"), b.count(b"abra"), b.count(b""), b.count(b"", 2, 5), b.count(b"a", -4), b"aaaa".count(b"aa"))
print(b.find(b"a", -1), b.find(b"a", 100), b.find(b"a", None, 3), b.find(b"", 11), b.find(b"", 12))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.startswith((b"x", b"ab")), b.startswith(b""))
print(b.endswith(b"bra"), b.endswith(b"cad", 0, 7), b.endswith((b"q", b"ra")), b.endswith(b"a", 0, 0))
print(b.startswith(b"a", 100), b.endswith(b"", 11), b.endswith(b"", 12), b.startswith(b"abr", -11))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b.index(b"zz"))
attempt(lambda: b.rindex(b"zz"))
attempt(lambda: b.index(122))
attempt(lambda: b.find("a"))
attempt(lambda: b.find(256))
attempt(lambda: b.find(-1))
attempt(lambda: b.count([97]))
attempt(lambda: b.startswith("a"))
attempt(lambda: b.startswith(97))
attempt(lambda: b.endswith([b"a"]))
attempt(lambda: b.startswith((b"a", "b")))
attempt(lambda: b.find())
attempt(lambda: b.find(b"a", "1"))

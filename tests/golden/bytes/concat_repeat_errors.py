# + and * on bytes, and their TypeErrors.
print(b"ab" + b"cd", b"" + b"", b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, b"x" * True)
x = b"a"
x += b"b"
x *= 2
print(x)
for op in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" + 1, lambda: b"a" + [1],
           lambda: b"a" * 1.5, lambda: b"a" * b"b", lambda: b"a" - b"a", lambda: -b"a",
           lambda: b"a" + None, lambda: b"a" % 1, lambda: b"a" * "2"]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
t = b"ab"
try:
    t += "c"
except TypeError as e:
    print(type(e).__name__, e)

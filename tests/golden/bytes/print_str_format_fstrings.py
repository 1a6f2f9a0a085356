# print, str(), repr(), format() and f-strings on bytes.
b = b"it's \xff\n"
print(b)
print(str(b), repr(b), ascii(b), str(b) == repr(b))
print(f"{b}", f"{b!r}", f"{b!s}", f"{b!a}", f"[{b''}]", f"{b'x' + b'y'}")
print(f"{b=}", format(b"abc", ""), format(b"abc"), "{}".format(b"q"), "{!r:>10}".format(b"q"), "{0!s}".format(b"z"))
print("%s %r %a" % (b"a", b"b", b"\xe9"), [b"a", b'"'], (b"x",), {b"k": b"v"})
print(b"a", b"b", sep=b"-" if False else "-", end="!\n")
print(f"{b'abc'!r:>12}|{str(b'x'):<6}|")
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: format(b"abc", ">5"))
attempt(lambda: f"{b'abc':>5}")
attempt(lambda: "{:>5}".format(b"abc"))
attempt(lambda: format(b"abc", "s"))
attempt(lambda: print(b"a", sep=b"-"))
attempt(lambda: print(b"a", end=b"\n"))
attempt(lambda: "x" + str(b"y"))

# Case methods and is* tests on bytes are ASCII-only.
b = b"hello WORLD, it's 3pm \xe9\xc9"
print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
print(b"ab_cd ef-gh".title(), b"3rd STREET".capitalize(), b"".upper(), b"\xff".swapcase())
tests = [b"", b"abc", b"ABC", b"Abc", b"123", b"a1", b" \t\n\r\x0b\x0c", b"\xe9", b"Hello World", b"Hello world",
         b"abc\xe9", b"\x00", b"12\xb2", b"A1 B2", b"_", b"ABC DEF"]
for t in tests:
    print(t, t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isascii())
print([x for x in range(256) if bytes([x]).isspace()])
print(bytes([x for x in range(256) if bytes([x]).isalnum()]))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b"a".upper(1))
attempt(lambda: b"a".isdigit(b"1"))
attempt(lambda: b"a".isdecimal())
attempt(lambda: b"a".casefold())
attempt(lambda: b"a".format())

# str.encode / bytes.decode with utf-8, ascii, latin-1 and every error handler.
s = "aé€😀"
for enc in ["utf-8", "utf8", "UTF-8", "ascii", "latin-1", "latin1", "iso-8859-1", "U8"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
print("".encode(), "abc".encode(), s.encode(), s.encode(encoding="ascii", errors="replace"))
data = b"a\xc3\xa9\xff\x80b\xe2\x82"
for enc in ["utf-8", "ascii", "latin-1"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, errors, repr(data.decode(enc, errors)))
        except UnicodeDecodeError as e:
            print(enc, errors, type(e).__name__, e)
print(b"\xe2\x82\xac".decode(), b"".decode(), b"abc".decode("ascii"), b"\xf0\x9f\x98\x80".decode("utf-8"))
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "latin-1"), str(b"x\xff", "ascii", "replace"), str(b"abc", encoding="ascii"))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: b"\xed\xa0\x80".decode())
attempt(lambda: b"\xc0\x80".decode())
attempt(lambda: b"\xf4\x90\x80\x80".decode())
attempt(lambda: b"ab\xe2\x82".decode())
attempt(lambda: b"\xe2\x28\xa1".decode())
attempt(lambda: b"\x80abc".decode("ascii"))
attempt(lambda: "ab\u0100\u0101c".encode("latin-1"))
attempt(lambda: "ab\u0100\u0101c".encode("ascii", "xmlcharrefreplace"))
attempt(lambda: "x".encode("nope"))
attempt(lambda: b"x".decode("nope"))
attempt(lambda: "x".encode("ascii", "nope"))
attempt(lambda: "é".encode("ascii", "nope"))
attempt(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
attempt(lambda: "x".encode(5))
attempt(lambda: b"x".decode(None))
attempt(lambda: str(b"x", "utf-8", "strict", 1))
attempt(lambda: str("x", "utf-8"))

# bytes.hex (with separators) and bytes.fromhex.
b = b"\x00\x01\xab\xff\x10 "
print(b.hex(), b"".hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -2), b.hex(b" "), b.hex(":", 10), b.hex(".", 1))
print(b"abcdef".hex(":", 4), b"abcdef".hex(":", -4), b"abcdef".hex(" ", 3))
print(bytes.fromhex("00 01abFF"), bytes.fromhex(""), bytes.fromhex("  de ad be ef  "), bytes.fromhex("\tab\n"))
print(bytes.fromhex(b"\xff".hex()) == b"\xff", bytes.fromhex(bytes(range(256)).hex()) == bytes(range(256)))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: bytes.fromhex("abc"))
attempt(lambda: bytes.fromhex("zz"))
attempt(lambda: bytes.fromhex("a b"))
attempt(lambda: bytes.fromhex("0g"))
attempt(lambda: bytes.fromhex(b"00"))
attempt(lambda: bytes.fromhex("é0"))
attempt(lambda: b.hex("::"))
attempt(lambda: b.hex("é"))
attempt(lambda: b.hex(1))
attempt(lambda: b.hex(":", 0))
attempt(lambda: b.hex(":", "2"))

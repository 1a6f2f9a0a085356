# bytes methods looked up on the type and on an instance.
print(bytes.decode(b"caf\xc3\xa9"), bytes.upper(b"abc"), bytes.join(b"-", [b"a", b"b"]), bytes.split(b"a b"))
print(list(map(bytes.upper, [b"a", b"b"])), sorted([b"b", b"A"], key=bytes.lower), bytes.hex(b"\x01"))
print(bytes.fromhex("41 42"), b"".fromhex("43"), b"xyz".fromhex(""))
f = b"a-b".split
print(f(b"-"))
def attempt(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: bytes.upper("a"))
attempt(lambda: bytes.decode("a"))
attempt(lambda: str.upper(b"a"))
attempt(lambda: bytes.upper())

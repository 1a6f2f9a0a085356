# list, tuple, sorted, sum, max, min, reversed, enumerate, zip, map and comprehensions over bytes.
b = b"hello"
print(list(b), tuple(b), sorted(b), sorted(b, reverse=True), sum(b), max(b), min(b))
print(list(reversed(b)), bytes(reversed(b)), bytes(sorted(b)), list(enumerate(b"ab")), list(zip(b"ab", b"xyz")))
print(bytes([c ^ 0x20 for c in b]), bytes([c for c in b if c != 108]), [chr(c) for c in b], "".join(map(chr, b)))
print(len(set(b)), sorted(set(b)), dict.fromkeys(b"aba"), list(map(lambda c: c - 96, b"abc")), any(b"\x00\x00"), all(b"ab"))
print(isinstance(b, bytes), isinstance("s", bytes), isinstance(b, (str, bytes)), type(b) is bytes, bytes is type(b""))
print(max([b"b", b"ab", b"c"]), min(b"z", b"za"), sorted([b"b", b"A", b"a"], key=len), max(b"abc", key=lambda c: -c))
print(b.count(b"l"), list(b[1:3]), b[::-1][0], [b[i:i + 2] for i in range(0, len(b), 2)], list(b"")[:1])
print(ord(b"a"), ord(b"\xff"), chr(b[0]), hex(b[0]), int(b"42"), int(b" -17\n"), float(b"2.5"), int(b"ff", 16))
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: ord(b"ab"))
attempt(lambda: ord(b""))
attempt(lambda: max(b""))
attempt(lambda: sum([b"a", b"b"]))
attempt(lambda: sum([b"a", b"b"], b""))
attempt(lambda: int(b"x"))
attempt(lambda: len(5))
attempt(lambda: b.nope)
attempt(lambda: b())
it = iter(b"ab")
print(next(it), next(it), next(it, "end"))
attempt(lambda: next(it))

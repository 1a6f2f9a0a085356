# Sizes a program asks for that no system can give (2**48 bytes and more)
# raise MemoryError, as in CPython, before anything is allocated.
n = 2**48
cases = [
    lambda: "a".center(n),
    lambda: "ab".ljust(n, "*"),
    lambda: "ab".rjust(n),
    lambda: "-1".zfill(n),
    lambda: "x" * n,
    lambda: n * "é",
    lambda: [0] * n,
    lambda: n * [None, 1],
    lambda: (1,) * n,
    lambda: b"x" * n,
    lambda: bytes(n),
    lambda: b"a".center(n),
    lambda: b"a".ljust(n),
    lambda: b"1".zfill(n),
    lambda: (1).to_bytes(n, "big"),
    lambda: list(range(n)),
    lambda: tuple(range(n)),
    lambda: sorted(range(n)),
    lambda: [*range(n)],
    lambda: list(iter(range(n))),
    lambda: format("a", str(n)),
    lambda: format(7, f">{n}"),
    lambda: format(2.5, f"^{n}.3f"),
    lambda: f"{'a':^{n}}",
    lambda: "{:{}}".format(12, n),
    lambda: "%*d" % (n, 1),
    lambda: "%-*s" % (n, "a"),
    lambda: b"%*d" % (n, 1),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "allocated")
    except MemoryError as e:
        print(i, "MemoryError", repr(e))
x = [1, 2]
try:
    x *= n
except MemoryError:
    print("x *= n: MemoryError, x is still", x)
x.extend(range(3))
try:
    x.extend(range(n))
except MemoryError:
    print("extend: MemoryError, x is still", x)
# Past isize::MAX, text is an OverflowError and sequences a MemoryError.
for f in [lambda: "ab" * 2**62, lambda: b"ab" * 2**62, lambda: [1, 2] * 2**62]:
    try:
        f()
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)

# printf-style % formatting: the exceptions CPython raises, and when.
cases = [
    ("%d", "x"), ("%i", None), ("%x", "x"), ("%X", 1.5), ("%o", [1]),
    ("%f", "x"), ("%e", None), ("%c", 1.5), ("%c", "ab"), ("%c", ""),
    ("%c", 0x110000), ("%c", -1), ("%d", float("inf")), ("%d", float("nan")),
    ("%s %s", (1,)), ("%s", (1, 2)), ("%s", ()), ("abc", 5), ("%%", 1),
    ("%z", 1), ("%z", ()), ("%\u00e9", 1), ("%-5%", 1), ("%5", 1), ("%", ()),
    ("%l", 5), ("%(a", {}), ("%(a)s", 1), ("%(a)s", (1,)), ("%(a)s", {}),
    ("%(a)s", [1]), ("%(a)d", {"a": "z"}), ("%(a)s %s", {"a": 1}),
    ("%*d", ("a", 1)), ("%.*f", (2.0, 1.0)), ("%*s", (3,)), ("%*d", (2 ** 70, 1)),
    ("%d %d", [1, 2]), ("%d", 10 ** 5000),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)

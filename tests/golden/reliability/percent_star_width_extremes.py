# A `*` width or precision at the edges of 64 bits: CPython pads nothing for
# a width of -2**63, and reads a `*` precision as a C int.
for w in [-2**63, 2**64, -2**64, 2**31, -2**31 - 1, -2**31]:
    for f in ["%*d", "%-*d", "%0*d", "%*s", "%.*f", "%.*s", "%.*d"]:
        if "." not in f and abs(w) < 2**63:
            continue
        try:
            s = f % (w, 5)
            print(f, w, repr(s))
        except OverflowError as e:
            print(f, w, "OverflowError", e)

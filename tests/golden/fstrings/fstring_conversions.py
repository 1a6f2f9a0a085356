# !r, !s and !a conversions and their effect on strings and numbers.
s = "héllo 'q'"
print(f"{s}|{s!s}|{s!r}|{s!a}")
print(f"{42!r} {0.1!r} {None!r} {[1, 'a']!r}")
print(f"{s!r:>20}|")
print(f"{'x'!r:*^7}")

# Iterating a string yields 1-char strings; list(), ord() and chr() round-trip.
s = "héy"
for ch in s:
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), "".join(reversed("stressed")))
print([chr(ord(c) + 1) for c in "HAL"])
print(chr(65), chr(0x263A), ord("€"), str(123), str("x"), str(None), str(True))
print(len("😀"), len("naïve"), len(""))

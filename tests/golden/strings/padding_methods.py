# center, ljust, rjust, zfill with and without fill characters.
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6, "*") + "]")
print("[" + "x".ljust(4) + "]", "[" + "x".rjust(4, "0") + "]", "[" + "long".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3))
print("[" + "".center(3, "-") + "]")

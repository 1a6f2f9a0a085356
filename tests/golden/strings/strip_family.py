# strip/lstrip/rstrip with and without a character set argument.
s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..,hi,..".lstrip(".,"), "hi!!?".rstrip("!?"))
print(repr("".strip()), repr("   ".strip()), "aaa".strip("a") == "")
print("www.example.com".strip("cmowz."))

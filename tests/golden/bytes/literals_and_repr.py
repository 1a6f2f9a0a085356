# bytes literals, quote choice in repr, escapes, every byte value, concatenation.
print(b"abc", b'abc', b"", b'it\'s', b"say \"hi\"", b"both ' and \"")
print(repr(b"'"), repr(b'"'), repr(b"'\""))
print(b"\t\n\r\\", b"\x00\x01\x7f\x80\xff", b"\a\b\f\v\0")
print(b"\101\102\x43", rb"\x41\n", Rb"raw\\", bR'\'')
print(b"ab" b'cd' b"""ef""")
print(b"""multi
line""")
print(bytes(range(256)))
print(len(b"\x00\xff\n"), b"\N" == b"\\N", b"\u00e9", len(b"\u00e9"))
print([repr(bytes([i])) for i in (9, 10, 13, 31, 32, 39, 92, 126, 127, 128)])
print(type(b""), type(b"x").__name__)
print(repr(b"\\'\"x"))

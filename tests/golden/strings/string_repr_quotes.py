# repr picks quotes to avoid escaping and escapes control characters.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\n"), repr("\x00\x7f"), repr("é"), repr("\u200b"))
print(repr("back\\slash"), repr(""), [ "a'b", 'c"d' ])
print(str("it's"), ["it's"])

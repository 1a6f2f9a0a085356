# Raw strings keep backslashes; quotes can still be escaped.
print(r"a\nb\tc")
print(R'C:\path\to\file')
print(len(r"\n"))
print(r"quote \" stays")
print(repr(r"\d+\.\d+"))

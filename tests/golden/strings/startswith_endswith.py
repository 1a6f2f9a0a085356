# startswith/endswith with strings, tuples and start/end positions.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.endswith((".zip", ".gz")), s.startswith(("x", "y")))
print(s.startswith("name", 4), s.endswith("tar", 0, 12), s.startswith(""), "".endswith(""))

# partition/rpartition always return 3-tuples; splitlines handles line endings.
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a\nb\r\nc\rd\n".splitlines())
print("a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("one\n\ntwo".split("\n"), "one\n\ntwo".splitlines())

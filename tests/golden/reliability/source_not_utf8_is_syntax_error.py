# Bytes that are not UTF-8 are a SyntaxError before anything runs, as in CPython.
print("never printed")
s = "café"

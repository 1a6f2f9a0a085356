print(repr(input(42)))
print(repr(input()))

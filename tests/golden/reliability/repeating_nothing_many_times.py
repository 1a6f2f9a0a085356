# An empty sequence repeated 2**63 - 1 times is empty at once.
n = 2**63 - 1
print(repr("" * n), repr(n * b""), [] * n, () * n)
x = []
x *= n
print(x)

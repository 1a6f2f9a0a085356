# Ints never overflow: they grow into big integers.
a = 2**64
print(a, a - 1, a + 1)
print(2**100, -2**100)
b = 12345678901234567890123456789
print(b * b)
print(b * b // b == b, (b * b) % b)
print(3**200)
print(-(3**100) // 7, -(3**100) % 7)
print(2**63 - 1 + 1, -2**63 - 1)
print(10**30 - 10**29, 10**30 // 10**15)
print((2**127 - 1) % 1000000007)
f = 1
for i in range(1, 31):
    f *= i
print(f)

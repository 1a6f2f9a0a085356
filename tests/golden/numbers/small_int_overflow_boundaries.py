# Arithmetic across the 64-bit boundary stays exact.
m = 9223372036854775807
print(m + 1, m * 2, m * m)
n = -9223372036854775808
print(n - 1, n * -1, -n, n // -1, abs(n))
print(m + 1 - 1 == m, type(m + 1).__name__)
x = 1
for i in range(70):
    x = x * 2
print(x, x >> 69, x >> 70)
print(1 << 64, (1 << 64) - 1 & 0xFFFF, ~(1 << 64))
print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)

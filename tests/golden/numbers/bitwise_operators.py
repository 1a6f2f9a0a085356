# Bitwise operators on ints, including negatives (two's complement semantics).
print(12 & 10, 12 | 10, 12 ^ 10, ~12, ~-1, ~0)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 & 0xFF)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 1)
print(1 << 100, (1 << 100) >> 99, (2**70 + 5) & 0xF)
print(0b1010 ^ 0b0110, bin(0b1100 & ~0b0100))
print(True & False, True | False, True ^ True)

# Multi-character operators are tokenised longest-first.
a = 7
print(a**2, a//2, a<<1, a>>1, a<=7, a>=8, a==7, a!=7)
print(2**-1, 1--1, 1+-1, 1- -1, -a**2)
b = 3
b **= 2; print(b)
b //= 2; print(b)
b <<= 3; print(b)
b >>= 1; print(b)
b %= 5; print(b)
b ^= 6; print(b)
b |= 8; print(b)
b &= 12; print(b)
print(1 if a else 2)
print([1,2,3][::-1])

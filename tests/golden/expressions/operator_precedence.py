# Precedence across arithmetic, shifts, bitwise, comparison, not, and, or.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 | 3 & 1, 5 ^ 3 & 1, 1 | 2 ^ 3 & 4)
print(1 + 2 == 3, 3 > 2 == True, not 1 == 2, not 1 + 1)
print(True or False and False, (True or False) and False, not True or True)
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) + 10, 5 - -2, - - 5, ~-~3)
print(2 ** -1 * 4, -2 ** 0.5 if False else 7 % 3 * 2, 7 // 2 * 2 + 7 % 2)
print(10 - 2 * 3 > 3 and 4 | 1 == 5)

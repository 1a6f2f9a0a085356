# // rounds toward negative infinity and % takes the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3), (-6, 3)]:
    print(a, b, a // b, a % b, (a // b) * b + a % b == a)
print(1 // 3, -1 // 3, 1 % -3, -1 % -3)
print(10**20 // -3, 10**20 % -3, -(10**20) // 7, -(10**20) % 7)

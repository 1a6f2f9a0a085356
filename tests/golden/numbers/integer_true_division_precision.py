# int / int is correctly rounded, even for big operands.
print(10**30 / 10**15, 2**100 / 2**99, 1 / 7)
print(10**20 / 3, (10**20 + 1) / 10**20)
print(123456789 / 1000, 22 / 7, -22 / 7)
print(2**1000 / 2**999)

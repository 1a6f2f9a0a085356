import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21))
print(math.factorial(100))
print(math.comb(52, 5), math.comb(10, 0), math.comb(5, 7), math.comb(10**20, 3))
print(math.perm(10, 3), math.perm(5), math.perm(5, None), math.perm(3, 5))
print(len(str(math.factorial(1000))))

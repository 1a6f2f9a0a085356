# Comparisons between ints and floats are exact, even for big ints.
print(1 < 1.5, 2 > 1.999, 3 == 3.0, 3 != 3.0000001)
big = 2**53 + 1
print(big == float(big), big > float(big), big - 1 == float(big - 1))
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float("inf"))
print(0 == -0.0, 0.0 == -0.0)
print(sorted([3, 1.5, -2, 2.5, 0, -0.5]))
print(max(1, 1.0), min(1.0, 1), max(2, 2.0))

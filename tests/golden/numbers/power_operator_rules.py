# ** is right-associative, binds tighter than unary minus on its left, and handles negatives.
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -1)
print(10 ** 0, 10 ** 1, 0 ** 5, (-1) ** 101, (-1) ** 100)
print(2 ** 0.5, 9 ** 0.5, 27 ** (1 / 3))
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 10**9 + 7))
print(1.5 ** 2, (-1.5) ** 3, 2 ** 62, 2 ** 64)

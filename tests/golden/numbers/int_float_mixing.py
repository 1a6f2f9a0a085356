# Mixed int/float arithmetic produces floats; / always produces a float.
print(1 + 2.0, 3 * 1.5, 7 / 2, 8 / 2, 2 ** 0.5, 4 ** -1)
print(10 / 4, -10 / 4, 1 / 3 * 3)
print(2 ** 10, 2.0 ** 10, 2 ** -2, (-8) ** 2, -8 ** 2)
print(0 ** 0, 0.0 ** 0, 1 ** 1000)
print(type(1 + 1).__name__, type(1 + 1.0).__name__, type(4 / 2).__name__)
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(int(3.9), int(-3.9), int(1e20), float(10**20))
print(True + True, True * 3.5, False - 1)

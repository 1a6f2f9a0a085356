# Float literals: fraction, exponent, leading/trailing dot, underscores.
print(1.5, .5, 5., 0.0)
print(1e3, 1E3, 1e-3, 1.5e+2, 2.e1, .5e1)
print(1_000.000_1, 1_0e1_0)
print(0e0, 00.5, 007.25)
print(1e308, 1e-320)
print(3.14159265358979323846264338327950288)

# Float // and % follow the same sign rules as ints and return floats.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (5, 0.5), (-0.5, 1)]:
    print(a, b, a // b, a % b)
print(1.0 % 0.1, 1.0 // 0.1)
print(-0.0 % 5, 0.0 % -5)
print(6.0 // 4, 6 // 4.0, -6.0 // 4)
print(1e300 % 7.0)

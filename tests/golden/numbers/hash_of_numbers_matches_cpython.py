# hash() of ints and floats follows CPython's modular scheme: equal numbers hash equal.
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**64 + 5, -(10**30), 1.0, -1.0, 0.5,
        1.5, -2.5, 0.1, 1e100, 1e-300, 5e-324, -0.0, float("inf"), float("-inf"), True]
for v in vals:
    print(v, hash(v))
print(hash(1) == hash(1.0), hash(2**70) == hash(float(2**70)))

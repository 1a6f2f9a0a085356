# int() and float() parse strings and bases; str() and repr() of numbers.
print(int("42"), int("  -17  "), int("+8"), int("1_000"), int("0"))
print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("777", 8))
print(int(True), int(-2.9), int(2.9), int(1e16))
print(float("3.25"), float(" -1e-3 "), float(7), float("nan") != float("nan"))
print(str(255), str(-0.5), str(1e16), repr(1.0), str(10**25))
print(bool(0), bool(0.0), bool(-1), bool(0.1))

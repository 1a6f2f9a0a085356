# round() with positive, zero and negative ndigits on ints and floats.
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(0.1 + 0.2, 10))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(round(1.23456e10, -5), round(0.0), round(-0.0, 1), round(2.675, 2))

# pow(b, e, m) takes a negative exponent (modular inverse) and a negative modulus.
print(pow(3, -1, 7), pow(38, -1, 97), pow(-3, -2, 7), pow(3, -1, -7), pow(5, -1, 1))
print(pow(3, 2, -5), pow(-3, 3, 5), pow(-3, 3, -5), pow(2, 0, 1), pow(2, 0, -1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)

# Augmented assignment on numbers rebinds the name.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 3; print(x)
x /= 2; print(x)
y = 7
y <<= 62; print(y)
y >>= 60; print(y)
z = 0.1
z += 0.2; print(z)

# Float arithmetic: numerical integration and a Newton iteration.
n = 2000000
h = 1.0 / n
acc = 0.0
for i in range(n):
    x = (i + 0.5) * h
    acc += 4.0 / (1.0 + x * x)
pi = acc * h
s = 0.0
for k in range(1, 400001):
    y = float(k)
    r = y
    for _ in range(3):
        r = 0.5 * (r + y / r)
    s += r
print("floats", f"{pi:.10f}", f"{s:.3f}")

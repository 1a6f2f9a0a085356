# while loops with compound conditions and counters.
a, b = 0, 1
fibs = []
while b < 100:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 10
while i > 0 and i % 7:
    i -= 1
print(i)

# Integer arithmetic in nested while/for loops.
total = 0
i = 0
while i < 3000:
    j = 0
    while j < 1000:
        total = (total + i * j ^ (i + j)) % 1000003
        j += 1
    i += 1
for k in range(2000000):
    total += k & 7
print("loops", total)

# Appending while iterating extends the loop; iterate over a copy to avoid it.
a = [1, 2, 3]
for x in a:
    if x < 3:
        a.append(x + 10)
    print(x, end=" ")
print()
b = [1, 2, 3, 4]
for x in b[:]:
    if x % 2 == 0:
        b.remove(x)
print(b)
n = 0
for x in range(3):
    x = 100
    n += 1
print(n, x)

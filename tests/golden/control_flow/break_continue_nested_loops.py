# break and continue affect only the innermost loop.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j, end="; ")
    print("| end row", i)
k = 0
while True:
    k += 1
    if k % 2:
        continue
    if k > 6:
        break
    print("even", k)

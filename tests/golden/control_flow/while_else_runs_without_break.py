# while/else: else runs when the condition becomes false, not after break.
n = 0
while n < 3:
    n += 1
else:
    print("else after normal exit, n =", n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print("not printed")
print("broke at", n)
while False:
    print("never")
else:
    print("else on zero iterations")

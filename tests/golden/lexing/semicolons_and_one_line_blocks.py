# Semicolons separate simple statements; a block can sit on the header line.
a = 1; b = 2; c = a + b; print(c)
if c > 2: print("big"); print("still in if")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21));

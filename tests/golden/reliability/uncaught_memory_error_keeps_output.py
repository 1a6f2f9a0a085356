# The output printed before an uncaught MemoryError is kept.
for i in range(3):
    print("line", i)
s = "a".center(2**50)
print("never")

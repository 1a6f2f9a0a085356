# finally runs when the try block is left by return, break or continue.
def f():
    try:
        return "returned"
    finally:
        print("finally on return")
print(f())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 1:
            break
    finally:
        print("finally for i =", i)
print("loop done")
def g():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("g finally", i)
print(g())

# The first true branch wins; later conditions are not evaluated.
def check(tag, v):
    print("check", tag)
    return v
for n in [-5, 0, 7, 100]:
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    elif n < 10:
        print(n, "small")
    else:
        print(n, "large")
if check("a", False):
    pass
elif check("b", True):
    print("b taken")
elif check("c", True):
    print("never")

# Only the chosen branch of x if c else y is evaluated.
def f(tag):
    print("evaluating", tag)
    return tag
print(f("yes") if True else f("no"))
print(f("yes") if 0 else f("no"))
x = 5
label = "big" if x > 3 else "small" if x > 1 else "tiny"
print(label)
print([("even" if n % 2 == 0 else "odd") for n in range(4)])

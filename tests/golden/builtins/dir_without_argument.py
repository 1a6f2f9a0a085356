# dir() with no argument lists the caller's names, sorted.
x = 1
print([n for n in dir() if not n.startswith("__")])


def f(b, a=2):
    c = 3
    return dir()


print(f(1))


class K:
    z = 1
    y = 2
    print([n for n in dir() if not n.startswith("__")])
